// What the grader answers, whatever the learner wrote. Shared by the grader, the server (stored with
// each attempt) and the web app. Hidden tests carry no input, expected value, actual value or output.
import { z } from 'zod';
import { TestStatus } from './exercise-spec.ts';
import { LocalizedText } from './localized-text.ts';
import { SourceLocation } from './source-location.ts';

export const TestResult = z.strictObject({
  id: z.string(),
  name: LocalizedText,
  kind: z.enum(['function', 'program', 'static', 'property']),
  hidden: z.boolean(),
  status: TestStatus,
  points: z.number(),
  score: z.number(),
  durationMs: z.number().min(0),
  /** Visible tests only: the call or the input, rendered as code (`sum([1, 2])`, or the stdin lines). */
  input: z.string().optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  /** Console output of a function test, or a program's output (visible tests only). */
  output: z.string().optional(),
  outputTruncated: z.boolean().optional(),
  /** Why it did not pass, in plain words; on hidden tests, without any value. */
  message: LocalizedText.optional(),
  location: SourceLocation.optional(),
});
export type TestResult = z.infer<typeof TestResult>;

export const FeedbackMessage = z.strictObject({
  /** The exercise's rule id, or `builtin:<explanation>` for the grader's own explanations. */
  ruleId: z.string(),
  tag: z.string().optional(),
  text: LocalizedText,
  testId: z.string().optional(),
  location: SourceLocation.optional(),
});
export type FeedbackMessage = z.infer<typeof FeedbackMessage>;

export const Diagnostic = z.strictObject({
  kind: z.enum(['syntax', 'unsupported', 'too-large', 'missing-function']),
  /** The kind of mistake, for statistics ("unclosed-brace"). */
  tag: z.string().optional(),
  message: LocalizedText,
  location: SourceLocation.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const GradeResult = z.strictObject({
  /** passed: every test passed; failed: it ran, some test did not pass; error: it could not run. */
  status: z.enum(['passed', 'failed', 'error']),
  score: z.number(),
  maxScore: z.number(),
  tests: z.array(TestResult),
  feedback: z.array(FeedbackMessage),
  diagnostics: z.array(Diagnostic),
  durationMs: z.number().min(0),
});
export type GradeResult = z.infer<typeof GradeResult>;
