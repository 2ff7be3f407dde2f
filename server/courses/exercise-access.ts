// Who may open an exercise: anyone, unless every course that lists it is private; then only learners
// enrolled in one of those courses, and teachers. The catalogue still shows private courses to everyone
// (title, description, modules): only the exercises themselves are closed.
import { and, eq, inArray } from 'drizzle-orm';
import type { Identity } from '../auth/sessions.ts';
import type { Db } from '../db/open-database.ts';
import { enrolments } from '../db/schema.ts';
import { courseIndex } from './course-index.ts';

export type ExerciseAccess = { allowed: true } | { allowed: false; courses: string[] };

export function isStaff(identity: Identity): boolean {
  return identity.user?.role === 'teacher' || identity.user?.role === 'admin';
}

export function isEnrolled(db: Db, learnerId: string, courseSlugs: string[]): boolean {
  if (courseSlugs.length === 0) return false;
  return (
    db
      .select({ course: enrolments.courseSlug })
      .from(enrolments)
      .where(and(eq(enrolments.learnerId, learnerId), inArray(enrolments.courseSlug, courseSlugs)))
      .limit(1)
      .get() !== undefined
  );
}

export function exerciseAccess(db: Db, identity: Identity, exerciseSlug: string): ExerciseAccess {
  const listed = courseIndex(db).byExercise.get(exerciseSlug);
  if (!listed || listed.inOpenCourse || isStaff(identity)) return { allowed: true };
  if (isEnrolled(db, identity.learnerId, listed.privateCourses)) return { allowed: true };
  return { allowed: false, courses: listed.privateCourses };
}
