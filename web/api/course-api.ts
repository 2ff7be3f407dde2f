// The course catalogue with the caller's progress (GET /api/courses), and the caller's standing in one
// course with its attestation (GET /api/courses/:slug/attestation), parsed with their contracts.
import { CourseAttestation } from '../../contracts/course-attestation.ts';
import { type CatalogueCourse, CourseCatalogue } from '../../contracts/course-catalogue.ts';
import { type ApiClient, readJson } from './api-client.ts';

export async function fetchCourses(api: ApiClient): Promise<CatalogueCourse[]> {
  return CourseCatalogue.parse(await readJson(await api.api.courses.$get())).courses;
}

export async function fetchAttestation(api: ApiClient, slug: string): Promise<CourseAttestation> {
  const response = await api.api.courses[':slug'].attestation.$get({ param: { slug } });
  return CourseAttestation.parse(await readJson(response));
}
