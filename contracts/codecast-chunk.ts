// One chunk of a codecast's events, as stored and sent: about 30 s of the teacher's editor session,
// opening with a full snapshot of the editor so a player can start there without replaying earlier
// chunks. Events are compact tuples (the size target is per minute of recording, gzipped); the
// engine in web/codecast/engine/ turns them into objects and back.
import { z } from 'zod';
import { GradeResult } from './grade-result.ts';

/** A character offset in a file's text, in UTF-16 code units (Monaco's `getOffsetAt`). */
const Offset = z.number().int().min(0);
/** Milliseconds: since the previous event of the chunk, or since the chunk's start for the first one. */
const DeltaMs = z.number().int().min(0);

/** A selection as `[anchor, head]` offsets; the head is where the caret blinks. Equal offsets: a caret. */
export const Selection = z.tuple([Offset, Offset]);
export type Selection = z.infer<typeof Selection>;

/**
 * Scroll position as `[topLine, leftColumn]`: the first visible line (1-based) and the first visible
 * column (0-based). Lines rather than pixels, so a player with another font size shows the same code.
 */
const TopLine = z.number().int().min(1);
const LeftColumn = z.number().int().min(0);
export const Scroll = z.tuple([TopLine, LeftColumn]);
export type Scroll = z.infer<typeof Scroll>;

/** A run of the teacher's code, recorded as data: the player shows it, it never runs the code again. */
export const RecordedRun = z.strictObject({
  /** sha256 (hex) of the file's text that was run, so the player can tell the learner's code differs. */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** As the grader said it: passed, failed (a test did not pass), error (it could not run). */
  status: GradeResult.shape.status,
  /** Visible tests passed and run, when the run graded tests (the grader's free run). */
  testsPassed: z.number().int().min(0).optional(),
  testsTotal: z.number().int().min(0).optional(),
  /** Console output of the run, as the teacher saw it. */
  output: z.string(),
});
export type RecordedRun = z.infer<typeof RecordedRun>;

export const FileState = z.strictObject({
  text: z.string(),
  /** The primary selection first, as Monaco orders them. */
  selections: z.array(Selection).min(1),
  scroll: Scroll,
});
export type FileState = z.infer<typeof FileState>;

/** Everything the player shows of the teacher's editor at one moment; a chunk's snapshot is one. */
export const EditorState = z.strictObject({
  /** One entry per file of the manifest, in its order. */
  files: z.array(FileState).min(1),
  /** Index of the file shown, in the manifest's `files`. */
  activeFile: z.number().int().min(0),
  /** The last run before this moment, shown in the console panel; null before the first. */
  lastRun: RecordedRun.nullable(),
});
export type EditorState = z.infer<typeof EditorState>;

/**
 * Edit of the active file: `[dt, 'e', offsetFromCaret, deleted, inserted]`. The offset is relative to
 * the caret (the head of the primary selection) before the edit, so plain typing encodes as 0 and
 * compresses well. After an edit the file has one caret, at the end of the inserted text; a `s`
 * event follows when Monaco put it elsewhere (auto-closed brackets, several cursors).
 */
export const WireEdit = z.tuple([DeltaMs, z.literal('e'), z.number().int(), z.string(), z.string()]);
/** Selections of the active file: `[dt, 's', anchor0, head0, anchor1, head1, …]`. */
export const WireSelect = z.tuple([DeltaMs, z.literal('s'), Offset, Offset], Offset);
/** Scroll of the active file: `[dt, 'v', topLine, leftColumn]`. */
export const WireScroll = z.tuple([DeltaMs, z.literal('v'), TopLine, LeftColumn]);
/** The teacher switched to another file: `[dt, 'f', fileIndex]`. */
export const WireFocus = z.tuple([DeltaMs, z.literal('f'), z.number().int().min(0)]);
/** The teacher ran the code: `[dt, 'r', run]`. */
export const WireRun = z.tuple([DeltaMs, z.literal('r'), RecordedRun]);

export const WireEvent = z.union([WireEdit, WireSelect, WireScroll, WireFocus, WireRun]);
export type WireEvent = z.infer<typeof WireEvent>;

export const CodecastChunk = z.strictObject({
  /** Position in the manifest's chunk list, checked against it when loading. */
  index: z.number().int().min(0),
  /** Start of the chunk in ms from the start of the cast; the snapshot is the state at this time. */
  startMs: z.number().int().min(0),
  snapshot: EditorState,
  events: z.array(WireEvent),
});
export type CodecastChunk = z.infer<typeof CodecastChunk>;
