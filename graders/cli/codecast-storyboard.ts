// A storyboard: a codecast written as a teacher scripts a session (say this, type that, run it, point at
// a line, pause for the learner), which `exo codecast compose` performs through the recording engine.
// Kept in git beside the codecast it produces: exercises/<slug>/codecasts/<id>.storyboard.yaml.
import { z } from 'zod';
import { CodecastFile } from '../../contracts/codecast.ts';
import { Slug } from '../../contracts/exercise-spec.ts';
import { Locale, LocalizedText } from '../../contracts/localized-text.ts';

const Ms = z.number().int().min(0);

/** Where the caret goes: a line and column (1-based line, 0-based column), or next to a text of the file. */
const CaretTarget = z.union([
  z.strictObject({ line: z.number().int().min(1), column: z.number().int().min(0).default(0) }),
  z.strictObject({ after: z.string().min(1) }),
  z.strictObject({ before: z.string().min(1) }),
  z.literal('end'),
]);
export type CaretTarget = z.output<typeof CaretTarget>;

export const StoryboardStep = z.union([
  /** A chapter starts here. */
  z.strictObject({ chapter: LocalizedText }),
  /**
   * A caption, in both languages, from now for the time it takes to say it (the longer text at about 15
   * characters a second). Playback waits that long, unless `over`: then the next steps happen while it is said.
   */
  z.strictObject({ say: LocalizedText, over: z.boolean().default(false) }),
  /** Types at the caret at a teacher's pace (a selection is replaced by the first character). */
  z.strictObject({ type: z.string().min(1) }),
  /** Deletes this many characters before the caret, one key at a time (or the selection, at once). */
  z.strictObject({ erase: z.number().int().min(1) }),
  z.strictObject({ pause: Ms }),
  z.strictObject({ caret: CaretTarget }),
  /** Selects the first occurrence of this text in the active file. */
  z.strictObject({ select: z.string().min(1) }),
  /** Scrolls the active file so that this line is at the top. */
  z.strictObject({ scroll: z.number().int().min(1) }),
  /** Switches to the file of this name. */
  z.strictObject({ focus: z.string().min(1) }),
  /**
   * Runs the active file with the real grader: against the visible tests of `tests` (an exercise), or as
   * a program (reading `stdin`). What the grader answers is what the cast shows.
   */
  z.strictObject({
    run: z.strictObject({ tests: Slug.optional(), stdin: z.array(z.string()).default([]) }),
  }),
  z.strictObject({
    bubble: LocalizedText,
    line: z.number().int().min(1).optional(),
    forMs: Ms.default(6_000),
  }),
  z.strictObject({
    highlight: z.strictObject({ from: z.number().int().min(1), to: z.number().int().min(1) }),
    note: LocalizedText.optional(),
    forMs: Ms.default(6_000),
  }),
  /** Playback stops here until the learner's code for `exercise` passes. */
  z.strictObject({ checkpoint: Slug, prompt: LocalizedText }),
]);
export type StoryboardStep = z.output<typeof StoryboardStep>;

export const Storyboard = z.strictObject({
  id: Slug,
  /** The exercise the codecast is tied to; by default the folder the storyboard sits in. */
  exercise: Slug.optional(),
  title: LocalizedText,
  /** The language the teacher speaks (both captions are written all the same). */
  language: Locale,
  /** Seeds the typing rhythm, so composing twice gives the same codecast. */
  seed: z.number().int().default(1),
  /** Milliseconds between two keys, drawn between these bounds; more after a line end or a `;`. */
  keyMs: z.tuple([Ms, Ms]).default([110, 260]),
  files: z
    .array(CodecastFile.extend({ text: z.string().default('') }))
    .min(1)
    .max(20),
  steps: z.array(StoryboardStep).min(1),
});
export type Storyboard = z.output<typeof Storyboard>;

/** The suffix that marks a storyboard, beside the codecast folder it makes. */
export const storyboardSuffix = '.storyboard.yaml';
