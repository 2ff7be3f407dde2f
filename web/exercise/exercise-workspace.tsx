// An exercise being worked on: statement, editor with the learner's draft, Run and Submit, results.
import { Suspense, useMemo } from 'react';
import type { PublicExercise } from '../../contracts/public-exercise.ts';
import type { ApiClient } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AttemptHistory } from './attempt-history.tsx';
import { DraftStatus } from './draft-status.tsx';
import { ExerciseStatement } from './exercise-statement.tsx';
import { HintPanel } from './hint-panel.tsx';
import { LazyCodeEditor } from './lazy-code-editor.ts';
import { resultMarkers } from './result-markers.ts';
import { ResultsPanel } from './results-panel.tsx';
import { RunControls } from './run-controls.tsx';
import { useDraft } from './use-draft.ts';
import { type GradingOptions, useGrading } from './use-grading.ts';
import { modifierKeyLabel, useRunShortcuts } from './use-run-shortcuts.ts';

export interface ExerciseWorkspaceProps extends GradingOptions {
  api: ApiClient;
  exercise: PublicExercise;
  onEditorReady?(): void;
}

export function ExerciseWorkspace({ api, exercise, onGraded, onRan, onEditorReady }: ExerciseWorkspaceProps) {
  const { t, text, formatNumber } = useI18n();
  const { code, setCode, currentCode, saveState } = useDraft(api, exercise.slug, exercise.starter);
  const grading = useGrading(api, exercise, {
    ...(onGraded ? { onGraded } : {}),
    ...(onRan ? { onRan } : {}),
  });
  const { state } = grading;
  const markers = useMemo(
    () => (state.phase === 'done' ? resultMarkers(state.result, text) : []),
    [state, text],
  );

  const lastGradedAttempt = state.phase === 'done' ? state.attemptId : undefined;

  const run = () => {
    const latest = currentCode();
    if (latest !== null && !grading.busy) void grading.run(latest);
  };
  const submit = () => {
    const latest = currentCode();
    if (latest !== null && !grading.busy) void grading.submit(latest);
  };
  useRunShortcuts({ onRun: run, onSubmit: submit });

  return (
    <div className="workspace">
      <article className="exercise-statement" aria-labelledby="exercise-title">
        <h1 id="exercise-title">{text(exercise.title)}</h1>
        <p className="exercise-meta">{t.exercise.difficulty(formatNumber(exercise.difficulty))}</p>
        <ExerciseStatement markdown={text(exercise.statement)} />
        <p className="hidden-tests">{t.exercise.hiddenTests(exercise.hiddenTestCount)}</p>
        <HintPanel api={api} slug={exercise.slug} />
      </article>
      <section className="exercise-work" aria-label={t.exercise.editorLabel}>
        <div id="editor" className="editor-frame">
          {code === null ? (
            <p className="editor-placeholder">{t.loading}</p>
          ) : (
            <Suspense fallback={<p className="editor-placeholder">{t.exercise.editorLoading}</p>}>
              <LazyCodeEditor
                value={code}
                language={exercise.language}
                onChange={setCode}
                markers={markers}
                label={`${t.exercise.editorLabel} — ${text(exercise.title)}`}
                {...(onEditorReady ? { onReady: onEditorReady } : {})}
              />
            </Suspense>
          )}
        </div>
        <p className="tab-hint">{t.exercise.tabHint(modifierKeyLabel())}</p>
        <div className="work-bar">
          <RunControls busy={grading.busy || code === null} onRun={run} onSubmit={submit} />
          <DraftStatus state={saveState} />
        </div>
        <ResultsPanel state={state} />
        <AttemptHistory api={api} slug={exercise.slug} refreshKey={lastGradedAttempt} />
      </section>
    </div>
  );
}
