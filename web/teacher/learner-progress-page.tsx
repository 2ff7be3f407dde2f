// /teacher/learner/:id — one learner: their standing in each course (points, exercises passed, the date of
// their attestation), then each exercise they submitted to, linked to its attempts.
import { useCallback, useEffect } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { fetchLearnerProgress, fetchTeacherExercises } from '../api/teacher-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { DataTable } from './data-table.tsx';
import { learnerLabel } from './learner-name.tsx';
import { LoadStatus } from './load-status.tsx';
import { teacherPaths } from './teacher-route.ts';
import { useLoad } from './use-load.ts';

export function LearnerProgressPage({ api, id }: { api: ApiClient; id: string }) {
  const { t, text, formatDate, formatNumber } = useI18n();
  const loaded = useLoad(
    useCallback(() => Promise.all([fetchLearnerProgress(api, id), fetchTeacherExercises(api)]), [api, id]),
  );

  useEffect(() => {
    if (loaded.state === 'ready') {
      document.title = `${t.teacher.learnerTitle(learnerLabel(t, loaded.data[0]))} — ${t.appName}`;
    }
  }, [loaded, t]);

  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const points = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });

  return (
    <LoadStatus loaded={loaded}>
      {([progress, exercises]) => {
        const titles = new Map(exercises.map((exercise) => [exercise.slug, text(exercise.title)]));
        const entries = Object.entries(progress.exercises);
        return (
          <div className="learner-progress">
            <h1>{t.teacher.learnerTitle(learnerLabel(t, progress))}</h1>
            <p className="muted">{progress.learnerId}</p>
            <DataTable caption={t.teacher.learnerCourses}>
              <thead>
                <tr>
                  <th scope="col">{t.teacher.columns.course}</th>
                  <th scope="col">{t.teacher.columns.score}</th>
                  <th scope="col">{t.teacher.columns.exercisesPassed}</th>
                  <th scope="col">{t.teacher.columns.attestation}</th>
                </tr>
              </thead>
              <tbody>
                {progress.courses.map(({ course, title, standing }) => (
                  <tr key={course}>
                    <th scope="row">
                      <a href={teacherPaths.courseLearners(course)}>{text(title)}</a>
                    </th>
                    <td className="number">
                      {points(standing.score)} / {points(standing.maxScore)} (
                      {percent(standing.maxScore > 0 ? standing.score / standing.maxScore : 0)})
                    </td>
                    <td className="number">
                      {formatNumber(standing.exercisesPassed)} / {formatNumber(standing.exerciseCount)}
                    </td>
                    <td>{standing.earnedAt === null ? t.teacher.none : formatDate(standing.earnedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
            {entries.length === 0 ? (
              <p>{t.teacher.noExercises}</p>
            ) : (
              <DataTable caption={t.teacher.learnerExercises}>
                <thead>
                  <tr>
                    <th scope="col">{t.teacher.columns.exercise}</th>
                    <th scope="col">{t.teacher.columns.attempts}</th>
                    <th scope="col">{t.teacher.columns.bestScore}</th>
                    <th scope="col">{t.teacher.columns.passed}</th>
                    <th scope="col">{t.teacher.columns.lastActivity}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map(([slug, exercise]) => (
                    <tr key={slug}>
                      <th scope="row">
                        <a href={teacherPaths.exerciseAttempts(slug)}>{titles.get(slug) ?? slug}</a>
                      </th>
                      <td className="number">{formatNumber(exercise.attempts)}</td>
                      <td className="number">
                        {exercise.bestScore === undefined || exercise.maxScore === undefined
                          ? t.teacher.none
                          : `${formatNumber(exercise.bestScore)} / ${formatNumber(exercise.maxScore)}`}
                      </td>
                      <td>{exercise.passed ? `✓ ${t.teacher.yes}` : t.teacher.no}</td>
                      <td>
                        {exercise.lastAttemptAt === undefined
                          ? t.teacher.none
                          : formatDate(exercise.lastAttemptAt)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
          </div>
        );
      }}
    </LoadStatus>
  );
}
