// The teacher's last run as it was recorded (the player never runs the teacher's code again): its verdict
// and console output, as the teacher saw them at this moment of the cast.
import type { RecordedRun } from '../../contracts/codecast-chunk.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function TeacherRun({ run }: { run: RecordedRun | null }) {
  const { t, formatNumber } = useI18n();
  if (!run) return null;
  const tests =
    run.testsPassed !== undefined && run.testsTotal !== undefined
      ? ` ${t.codecast.runTests(formatNumber(run.testsPassed), formatNumber(run.testsTotal))}`
      : '';
  return (
    <section className="teacher-run" aria-labelledby="teacher-run-title">
      <h2 id="teacher-run-title">{t.codecast.teacherRun}</h2>
      <p className={`results-status ${run.status}`}>
        {t.results[run.status]}
        {tests}
      </p>
      <pre className="console-output">{run.output === '' ? t.codecast.noOutput : run.output}</pre>
    </section>
  );
}
