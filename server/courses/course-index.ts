// The courses as stored, and for each exercise the courses that list it: what the catalogue shows and what
// the access rule of private courses needs on every exercise request. Built from the course rows once per
// database and kept until a course is stored again (`storeCourse`, the only writer of that table, drops
// it), so a request costs a map lookup rather than parsing every course.
import { CourseSpec } from '../../contracts/course-spec.ts';
import type { Db } from '../db/open-database.ts';
import { courses } from '../db/schema.ts';

export interface ExerciseCourses {
  /** Listed by at least one open course: anyone may open it. */
  inOpenCourse: boolean;
  /** The private courses that list it, by slug. */
  privateCourses: string[];
}

export interface CourseIndex {
  /** Every course by slug, in slug order. */
  courses: Map<string, CourseSpec>;
  /** Exercises that no course lists are absent: they are open (tests, embeds outside a course). */
  byExercise: Map<string, ExerciseCourses>;
}

const cache = new WeakMap<Db, CourseIndex>();

export function courseIndex(db: Db): CourseIndex {
  const cached = cache.get(db);
  if (cached) return cached;
  const index: CourseIndex = { courses: new Map(), byExercise: new Map() };
  for (const row of db.select().from(courses).orderBy(courses.slug).all()) {
    const spec = CourseSpec.parse(row.spec);
    index.courses.set(row.slug, spec);
    for (const slug of spec.modules.flatMap((module) => module.exercises)) {
      let entry = index.byExercise.get(slug);
      if (!entry) {
        entry = { inOpenCourse: false, privateCourses: [] };
        index.byExercise.set(slug, entry);
      }
      if (spec.access === 'open') entry.inOpenCourse = true;
      else if (!entry.privateCourses.includes(row.slug)) entry.privateCourses.push(row.slug);
    }
  }
  cache.set(db, index);
  return index;
}

/** Called by whatever writes the courses table. */
export function forgetCourseIndex(db: Db): void {
  cache.delete(db);
}
