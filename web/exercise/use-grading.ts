// Run (visible tests, answered at once) and Submit (queued, then polled until graded), as one state the
// results panel shows honestly: running, queued with a place in line, grading, done, or failed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GradeResult } from '../../contracts/grade-result.ts';
import type { PublicExercise } from '../../contracts/public-exercise.ts';
import { type ApiClient, ApiRequestError } from '../api/api-client.ts';
import { fetchAttempt, runCode, submitCode } from '../api/exercise-api.ts';

/** How often a queued submission is asked about; the queue answers in about a second on a quiet server. */
const pollIntervalMs = 700;

export type GradingKind = 'run' | 'submit';

export type GradingState =
  | { phase: 'idle' }
  | { phase: 'running'; kind: GradingKind }
  | { phase: 'queued'; kind: 'submit'; position: number }
  | { phase: 'grading'; kind: 'submit' }
  | { phase: 'done'; kind: GradingKind; result: GradeResult; attemptId?: number }
  | { phase: 'fault'; kind: 'submit' }
  | { phase: 'failed'; kind: GradingKind; code: string; message: string };

export interface GradingOptions {
  /** A submission's result, once graded (the embed page tells its host). */
  onGraded?(result: GradeResult, attemptId: number): void;
  /** A free run's result (a codecast's checkpoint lets the cast go on when the visible tests pass). */
  onRan?(result: GradeResult): void;
}

export function useGrading(api: ApiClient, exercise: PublicExercise, options: GradingOptions = {}) {
  const [state, setState] = useState<GradingState>({ phase: 'idle' });
  const generation = useRef(0);
  const onGraded = useRef(options.onGraded);
  onGraded.current = options.onGraded;
  const onRan = useRef(options.onRan);
  onRan.current = options.onRan;

  // Leaving the page (or another run) stops the polling of an earlier submission.
  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );

  const busy = state.phase === 'running' || state.phase === 'queued' || state.phase === 'grading';

  const run = useCallback(
    async (code: string) => {
      const mine = ++generation.current;
      setState({ phase: 'running', kind: 'run' });
      try {
        const result = await runCode(api, exercise.slug, code, exercise.language);
        if (mine === generation.current) {
          setState({ phase: 'done', kind: 'run', result });
          onRan.current?.(result);
        }
      } catch (error) {
        if (mine === generation.current) setState({ phase: 'failed', kind: 'run', ...failureOf(error) });
      }
    },
    [api, exercise],
  );

  const submit = useCallback(
    async (code: string) => {
      const mine = ++generation.current;
      setState({ phase: 'running', kind: 'submit' });
      try {
        const accepted = await submitCode(api, exercise.slug, code, exercise.language);
        setState({ phase: 'queued', kind: 'submit', position: accepted.position });
        while (mine === generation.current) {
          await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
          if (mine !== generation.current) return;
          const attempt = await fetchAttempt(api, accepted.attemptId);
          if (mine !== generation.current) return;
          if (attempt.status === 'queued') {
            setState({ phase: 'queued', kind: 'submit', position: attempt.position ?? 1 });
          } else if (attempt.status === 'running') {
            setState({ phase: 'grading', kind: 'submit' });
          } else if (attempt.result) {
            setState({ phase: 'done', kind: 'submit', result: attempt.result, attemptId: attempt.id });
            onGraded.current?.(attempt.result, attempt.id);
            return;
          } else {
            setState({ phase: 'fault', kind: 'submit' });
            return;
          }
        }
      } catch (error) {
        if (mine === generation.current) setState({ phase: 'failed', kind: 'submit', ...failureOf(error) });
      }
    },
    [api, exercise],
  );

  return { state, busy, run, submit };
}

function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof ApiRequestError) return { code: error.code, message: error.message };
  return { code: 'network', message: error instanceof Error ? error.message : String(error) };
}
