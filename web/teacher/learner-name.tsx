// A learner as a teacher sees them: their display name, or "Anonymous" and the start of their id (enough
// to tell learners apart in a table; the full id is in the link and on their attestation).
import { useI18n } from '../i18n/i18n-context.tsx';
import { teacherPaths } from './teacher-route.ts';

export function learnerLabel(
  t: ReturnType<typeof useI18n>['t'],
  learner: { learnerId: string; displayName: string | null },
) {
  return learner.displayName ?? t.teacher.anonymous(learner.learnerId.slice(0, 8));
}

export function LearnerLink({ learnerId, displayName }: { learnerId: string; displayName: string | null }) {
  const { t } = useI18n();
  return <a href={teacherPaths.learner(learnerId)}>{learnerLabel(t, { learnerId, displayName })}</a>;
}
