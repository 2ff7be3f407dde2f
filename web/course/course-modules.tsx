// A course's modules (weeks), each with its exercises and the learner's status on each: not started,
// tried (how many times), passed.
import type { CatalogueCourse } from '../../contracts/course-catalogue.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { coursePaths } from './course-paths.ts';

export function CourseModules({ course }: { course: CatalogueCourse }) {
  const { t, text } = useI18n();
  return (
    <>
      {course.modules.map((module) => (
        <section key={module.id} className="course-module" aria-labelledby={`module-${module.id}`}>
          <h2 id={`module-${module.id}`}>{text(module.title)}</h2>
          {module.description && <p>{text(module.description)}</p>}
          <ul>
            {module.exercises.map((exercise) => (
              <li key={exercise.slug}>
                <a href={coursePaths.exercise(exercise.slug)}>{text(exercise.title)}</a>{' '}
                <span className={`exercise-status ${exercise.progress.passed ? 'passed' : ''}`}>
                  {exercise.progress.passed
                    ? `✓ ${t.home.passed}`
                    : exercise.progress.attempts
                      ? t.home.tried(exercise.progress.attempts)
                      : t.home.notStarted}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
