// The course catalogue with the caller's progress (GET /api/courses), parsed with its contract.
import { type CatalogueCourse, CourseCatalogue } from '../../contracts/course-catalogue.ts';
import { type ApiClient, readJson } from './api-client.ts';

export async function fetchCourses(api: ApiClient): Promise<CatalogueCourse[]> {
  return CourseCatalogue.parse(await readJson(await api.api.courses.$get())).courses;
}
