// Expected against actual, with the part that differs highlighted on each side.
import { useI18n } from '../i18n/i18n-context.tsx';
import { diffStrings } from './diff-strings.ts';

export function ValueDifference({ expected, actual }: { expected: string; actual: string }) {
  const { t } = useI18n();
  const difference = diffStrings(expected, actual);
  return (
    <dl className="value-difference">
      <dt>{t.results.expected}</dt>
      <dd>
        <code>
          {difference.prefix}
          {difference.expected && <mark className="expected">{difference.expected}</mark>}
          {difference.suffix}
        </code>
      </dd>
      <dt>{t.results.actual}</dt>
      <dd>
        <code>
          {difference.prefix}
          {difference.actual && <mark className="actual">{difference.actual}</mark>}
          {difference.suffix}
        </code>
      </dd>
    </dl>
  );
}
