// Run and Submit, with their shortcuts written on them.
import { useI18n } from '../i18n/i18n-context.tsx';
import { modifierKeyLabel } from './use-run-shortcuts.ts';

export interface RunControlsProps {
  busy: boolean;
  onRun(): void;
  onSubmit(): void;
}

export function RunControls({ busy, onRun, onSubmit }: RunControlsProps) {
  const { t } = useI18n();
  const mod = modifierKeyLabel();
  return (
    <div className="run-controls">
      <button
        type="button"
        onClick={onRun}
        disabled={busy}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        title={t.exercise.runHint}
      >
        {t.exercise.run} <Keys keys={[mod, 'Enter']} />
      </button>
      <button
        type="button"
        className="primary"
        onClick={onSubmit}
        disabled={busy}
        aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
        title={t.exercise.submitHint}
      >
        {t.exercise.submit} <Keys keys={[mod, 'Shift', 'Enter']} />
      </button>
    </div>
  );
}

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="keys">
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </span>
      ))}
    </span>
  );
}
