// Running the learner's copy with the grader's free run of the exercise the cast is tied to (its visible
// tests, answered at once, nothing recorded), as the state the exercise page's results panel shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublicExercise } from '../../contracts/public-exercise.ts';
import { type ApiClient, ApiRequestError } from '../api/api-client.ts';
import { fetchExercise, runCode } from '../api/exercise-api.ts';
import type { GradingState } from '../exercise/use-grading.ts';

export function useFreeRun(api: ApiClient, slug: string | undefined) {
  const [exercise, setExercise] = useState<PublicExercise | null>(null);
  const [state, setState] = useState<GradingState>({ phase: 'idle' });
  const generation = useRef(0);

  useEffect(() => {
    if (slug === undefined) return;
    let cancelled = false;
    fetchExercise(api, slug).then(
      (found) => !cancelled && setExercise(found),
      () => !cancelled && setExercise(null),
    );
    return () => {
      cancelled = true;
      generation.current++;
    };
  }, [api, slug]);

  const run = useCallback(
    async (code: string) => {
      if (!exercise) return;
      const mine = ++generation.current;
      setState({ phase: 'running', kind: 'run' });
      try {
        const result = await runCode(api, exercise.slug, code, exercise.language);
        if (mine === generation.current) setState({ phase: 'done', kind: 'run', result });
      } catch (error) {
        if (mine !== generation.current) return;
        setState(
          error instanceof ApiRequestError
            ? { phase: 'failed', kind: 'run', code: error.code, message: error.message }
            : { phase: 'failed', kind: 'run', code: 'network', message: String(error) },
        );
      }
    },
    [api, exercise],
  );

  return { exercise, state, run, busy: state.phase === 'running' };
}
