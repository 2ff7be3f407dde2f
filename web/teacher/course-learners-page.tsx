// /teacher/course/:slug — the course's learners (enrolled, or who submitted one of its exercises), latest
// active first: attempts, exercises passed, points, and the date of their attestation if they earned it.
import { useCallback, useEffect } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { fetchCourseLearners } from '../api/teacher-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { DataTable } from './data-table.tsx';
import { LearnerLink } from './learner-name.tsx';
import { LoadStatus } from './load-status.tsx';
import { useLoad } from './use-load.ts';

export function CourseLearnersPage({ api, slug }: { api: ApiClient; slug: string }) {
  const { t, text, formatDate, formatNumber } = useI18n();
  const loaded = useLoad(useCallback(() => fetchCourseLearners(api, slug), [api, slug]));

  useEffect(() => {
    if (loaded.state === 'ready') {
      document.title = `${t.teacher.learnersTitle(text(loaded.data.title))} — ${t.appName}`;
    }
  }, [loaded, t, text]);

  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const points = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

  return (
    <LoadStatus loaded={loaded}>
      {({ title, learners }) => (
        <div>
          <h1>{t.teacher.learnersTitle(text(title))}</h1>
          {learners.length === 0 ? (
            <p>{t.teacher.noLearners}</p>
          ) : (
            <DataTable
              caption={t.teacher.learnersTable}
              description={t.teacher.learnersCaption(percent(learners[0]?.standing.passThreshold ?? 0))}
            >
              <thead>
                <tr>
                  <th scope="col">{t.teacher.columns.learner}</th>
                  <th scope="col">{t.teacher.columns.enrolled}</th>
                  <th scope="col">{t.teacher.columns.attempts}</th>
                  <th scope="col">{t.teacher.columns.exercisesPassed}</th>
                  <th scope="col">{t.teacher.columns.score}</th>
                  <th scope="col">{t.teacher.columns.attestation}</th>
                  <th scope="col">{t.teacher.columns.lastActivity}</th>
                </tr>
              </thead>
              <tbody>
                {learners.map((learner) => {
                  const { standing } = learner;
                  const share = standing.maxScore > 0 ? standing.score / standing.maxScore : 0;
                  return (
                    <tr key={learner.learnerId}>
                      <th scope="row">
                        <LearnerLink learnerId={learner.learnerId} displayName={learner.displayName} />
                      </th>
                      <td>{learner.enrolled ? t.teacher.yes : t.teacher.no}</td>
                      <td className="number">{formatNumber(learner.attempts)}</td>
                      <td className="number">
                        {formatNumber(standing.exercisesPassed)} / {formatNumber(standing.exerciseCount)}
                      </td>
                      <td className="number">
                        {points(standing.score)} / {points(standing.maxScore)} ({percent(share)})
                      </td>
                      <td>{standing.earnedAt === null ? t.teacher.none : formatDate(standing.earnedAt)}</td>
                      <td>
                        {learner.lastAttemptAt === null ? t.teacher.none : formatDate(learner.lastAttemptAt)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
        </div>
      )}
    </LoadStatus>
  );
}
