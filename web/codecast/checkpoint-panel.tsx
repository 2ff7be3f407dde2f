// A checkpoint, in place of the player's editor: what the teacher asks, then the exercise itself (its
// statement, editor with the learner's draft, Run and Submit, results: the exercise page's own parts).
// The cast goes on when the learner's code passes (checkpoint-pass.ts says what counts) and they press
// Continue — not by itself, so the result stays on screen as long as they want to read it — or when they
// choose to skip it.
import { useEffect, useRef, useState } from 'react';
import type { Checkpoint } from '../../contracts/codecast.ts';
import type { GradeResult } from '../../contracts/grade-result.ts';
import type { ApiClient } from '../api/api-client.ts';
import { ExercisePage } from '../exercise/exercise-page.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { passesCheckpoint } from './checkpoint-pass.ts';

export interface CheckpointPanelProps {
  api: ApiClient;
  checkpoint: Checkpoint;
  onContinue(): void;
  onSkip(): void;
  /** A submission's result (the embed page tells its host). */
  onGraded?(result: GradeResult, attemptId: number, exercise: string): void;
}

export function CheckpointPanel({ api, checkpoint, onContinue, onSkip, onGraded }: CheckpointPanelProps) {
  const { t, text } = useI18n();
  const [passed, setPassed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const continueButton = useRef<HTMLButtonElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (passed) continueButton.current?.focus();
  }, [passed]);

  return (
    <section className="codecast-checkpoint" aria-labelledby="codecast-checkpoint-title">
      <h2 id="codecast-checkpoint-title" ref={heading} tabIndex={-1}>
        {t.codecast.checkpoint.title}
      </h2>
      <p className="checkpoint-prompt">{text(checkpoint.prompt)}</p>
      <p className="checkpoint-rule">{t.codecast.checkpoint.rule}</p>
      <div className="checkpoint-actions">
        <p role="status" className={passed ? 'results-status passed' : 'visually-hidden'}>
          {passed ? t.codecast.checkpoint.passed : ''}
        </p>
        {passed && (
          <button type="button" className="primary" ref={continueButton} onClick={onContinue}>
            {t.codecast.checkpoint.continue}
          </button>
        )}
        <button type="button" onClick={onSkip}>
          {t.codecast.checkpoint.skip}
        </button>
      </div>
      <ExercisePage
        api={api}
        slug={checkpoint.exercise}
        onRan={(result) => passesCheckpoint(result, 'run') && setPassed(true)}
        onGraded={(result, attemptId) => {
          if (passesCheckpoint(result, 'submit')) setPassed(true);
          onGraded?.(result, attemptId, checkpoint.exercise);
        }}
      />
    </section>
  );
}
