// Where the draft is kept, in a few quiet words (not a live region: it changes at every keystroke).
import { useI18n } from '../i18n/i18n-context.tsx';
import type { DraftSaveState } from './use-draft.ts';

export function DraftStatus({ state }: { state: DraftSaveState }) {
  const { t } = useI18n();
  const words = {
    unchanged: '',
    local: t.exercise.draftSavedLocally,
    saved: t.exercise.draftSaved,
    failed: t.exercise.draftSaveFailed,
  }[state];
  return <p className={`draft-status ${state}`}>{words}</p>;
}
