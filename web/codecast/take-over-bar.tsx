// Under the editor: who holds it now (a live status line), and the take-over's choices — run the code,
// continue with my code, back to the teacher's, show mine again, compare — each with its key written on
// it. Below, the copies kept from earlier take-overs and other versions of the cast, to bring back.

import { modifierKeyLabel } from '../exercise/use-run-shortcuts.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { LearnerCopy } from './learner-copy.ts';
import { modeOf, type TakeOverState } from './take-over.ts';

export interface TakeOverBarProps {
  state: TakeOverState;
  /** Null when the cast is tied to no exercise (nothing to run against). */
  onRun: (() => void) | null;
  running: boolean;
  onContinueMine(): void;
  onShowTeacher(): void;
  onShowMine(): void;
  onCompare(): void;
  /** False when the browser refused to store the copy. */
  saved: boolean;
  earlier: readonly LearnerCopy[];
  onRestoreEarlier(index: number): void;
  otherVersions: readonly LearnerCopy[];
  onOpenOtherVersion(index: number): void;
}

export function TakeOverBar(props: TakeOverBarProps) {
  const { t, formatDate } = useI18n();
  const { state } = props;
  const mode = modeOf(state);
  return (
    <section className="take-over" aria-label={t.codecast.takeOver}>
      <p role="status" className={`take-over-mode mode-${mode}`}>
        {t.codecast.mode[mode]}
      </p>
      <div className="take-over-actions">
        {props.onRun && (
          <button
            type="button"
            onClick={props.onRun}
            disabled={props.running || (state.playing && state.view === 'teacher')}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {state.view === 'mine' ? t.codecast.runMine : t.codecast.runShown}{' '}
            <span className="keys">
              <kbd>{modifierKeyLabel()}</kbd>+<kbd>Enter</kbd>
            </span>
          </button>
        )}
        {state.view === 'mine' && !state.playing && (
          <button type="button" className="primary" onClick={props.onContinueMine} aria-keyshortcuts="Escape">
            {t.codecast.continueMine}{' '}
            <span className="keys">
              <kbd>Esc</kbd>
            </span>
          </button>
        )}
        {state.view === 'mine' && (
          <button type="button" onClick={props.onShowTeacher} aria-keyshortcuts="T">
            {t.codecast.backToTeacher}{' '}
            <span className="keys">
              <kbd>T</kbd>
            </span>
          </button>
        )}
        {state.view === 'teacher' && state.hasCopy && (
          <button type="button" onClick={props.onShowMine} aria-keyshortcuts="M">
            {t.codecast.showMine}{' '}
            <span className="keys">
              <kbd>M</kbd>
            </span>
          </button>
        )}
        {state.hasCopy && (
          <button
            type="button"
            aria-pressed={state.comparing}
            onClick={props.onCompare}
            aria-keyshortcuts="D"
          >
            {t.codecast.compare}{' '}
            <span className="keys">
              <kbd>D</kbd>
            </span>
          </button>
        )}
      </div>
      {!props.onRun && <p className="take-over-note">{t.codecast.noExercise}</p>}
      {!props.saved && (
        <p role="alert" className="take-over-note">
          {t.codecast.copyNotSaved}
        </p>
      )}
      {props.earlier.length > 0 && (
        <details className="earlier-copies">
          <summary>{t.codecast.earlierCopies(props.earlier.length)}</summary>
          <ul>
            {props.earlier.map((copy, index) => (
              <li key={copy.updatedAt}>
                {t.codecast.copyFrom(formatDate(copy.updatedAt))}{' '}
                <button type="button" onClick={() => props.onRestoreEarlier(index)}>
                  {t.codecast.restore}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.otherVersions.length > 0 && (
        <details className="earlier-copies">
          <summary>{t.codecast.otherVersions(props.otherVersions.length)}</summary>
          <ul>
            {props.otherVersions.map((copy, index) => (
              <li key={copy.updatedAt}>
                {t.codecast.copyFrom(formatDate(copy.updatedAt))}{' '}
                <button type="button" onClick={() => props.onOpenOtherVersion(index)}>
                  {t.codecast.restore}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
