// Brings the database in line with the content folder at start: each exercise whose content hash is new
// gets a new version row (attempts stay pinned to the version they were graded against), each course file
// replaces its row. A broken exercise or course is logged with its errors and skipped; its last good
// version, if any, stays in service, and the others load as usual.
import { and, eq } from 'drizzle-orm';
import { Course } from '../../contracts/course.ts';
import type { Exercise } from '../../contracts/exercise.ts';
import { formatContentIssue } from '../../graders/content/content-issue.ts';
import { loadCourses } from '../../graders/content/load-course.ts';
import { loadExercises } from '../../graders/content/load-exercise.ts';
import { forgetCourseIndex } from '../courses/course-index.ts';
import { hasEnrolmentKey } from '../courses/enrolment-keys.ts';
import type { Db } from './open-database.ts';
import { courses, exercises, exerciseVersions } from './schema.ts';
import { type CodecastSyncSummary, syncCodecasts } from './sync-codecasts.ts';

export interface SyncLog {
  info(line: string): void;
  error(line: string): void;
}

export interface SyncSummary extends CodecastSyncSummary {
  exercises: number;
  newVersions: string[];
  brokenExercises: string[];
  courses: number;
  brokenCourses: string[];
}

export async function syncContent(db: Db, root: string, now: number, log: SyncLog): Promise<SyncSummary> {
  const summary: Omit<SyncSummary, keyof CodecastSyncSummary> = {
    exercises: 0,
    newVersions: [],
    brokenExercises: [],
    courses: 0,
    brokenCourses: [],
  };
  const loads = await loadExercises(root);
  for (const load of loads) {
    if (!load.data) {
      summary.brokenExercises.push(load.slug);
      log.error(`exercise ${load.slug} skipped:`);
      for (const issue of load.errors) log.error(`  ${formatContentIssue(issue)}`);
      continue;
    }
    summary.exercises++;
    if (storeExerciseVersion(db, load.data, now)) summary.newVersions.push(load.slug);
  }

  const loaded = await loadCourses(
    root,
    loads.flatMap((load) => (load.data ? [load.slug] : [])),
  );
  for (const course of loaded.courses) {
    if (!course.data) {
      summary.brokenCourses.push(course.name);
      log.error(`course ${course.name} skipped:`);
      for (const issue of course.errors) log.error(`  ${formatContentIssue(issue)}`);
      continue;
    }
    summary.courses++;
    storeCourse(db, course.data, now);
    if (course.data.spec.access === 'private' && !hasEnrolmentKey(db, course.data.slug)) {
      log.info(
        `course ${course.data.slug} is private and has no enrolment key yet, so nobody can enrol: ` +
          `npm run exo -- course key ${course.data.slug} --generate`,
      );
    }
  }
  log.info(
    `content: ${summary.exercises} exercises (${summary.newVersions.length} new versions), ${summary.courses} courses` +
      (summary.brokenExercises.length + summary.brokenCourses.length > 0
        ? `, skipped: ${[...summary.brokenExercises, ...summary.brokenCourses].join(', ')}`
        : ''),
  );
  const codecasts = await syncCodecasts(
    db,
    root,
    loads.flatMap((load) => (load.data ? [load.slug] : [])),
    now,
    log,
  );
  return { ...summary, ...codecasts };
}

/** Stores the exercise as a new version unless its content hash is known; true when a row was added. */
export function storeExerciseVersion(db: Db, exercise: Exercise, now: number): boolean {
  return db.transaction((tx) => {
    let row = tx.select().from(exercises).where(eq(exercises.slug, exercise.slug)).get();
    if (!row) row = tx.insert(exercises).values({ slug: exercise.slug, createdAt: now }).returning().get();
    const known = tx
      .select({ id: exerciseVersions.id })
      .from(exerciseVersions)
      .where(
        and(eq(exerciseVersions.exerciseId, row.id), eq(exerciseVersions.contentHash, exercise.contentHash)),
      )
      .get();
    const versionId =
      known?.id ??
      tx
        .insert(exerciseVersions)
        .values({ exerciseId: row.id, contentHash: exercise.contentHash, exercise, createdAt: now })
        .returning({ id: exerciseVersions.id })
        .get().id;
    tx.update(exercises).set({ currentVersionId: versionId }).where(eq(exercises.id, row.id)).run();
    return known === undefined;
  });
}

export function storeCourse(db: Db, course: Course, now: number): void {
  const spec = Course.shape.spec.parse(course.spec);
  db.insert(courses)
    .values({ slug: course.slug, spec, updatedAt: now })
    .onConflictDoUpdate({ target: courses.slug, set: { spec, updatedAt: now } })
    .run();
  forgetCourseIndex(db);
}
