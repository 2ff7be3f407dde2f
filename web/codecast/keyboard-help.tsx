// The player's shortcuts, written out where the learner sees them (and in each control's
// aria-keyshortcuts): one table, player-keys.ts, feeds the handler and this list.
import { useI18n } from '../i18n/i18n-context.tsx';
import { shortcutList } from './player-keys.ts';

export function KeyboardHelp() {
  const { t } = useI18n();
  return (
    <details className="codecast-keys">
      <summary>{t.codecast.keyboard}</summary>
      <dl>
        {shortcutList.map(({ keys, command }) => (
          <div key={command}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' / '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t.codecast.keys[command]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
