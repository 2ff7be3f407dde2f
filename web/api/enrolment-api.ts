// Enrolling in a course (POST /api/courses/:slug/enrolment): no key for an open course, the teacher's key
// for a private one. A refusal comes back as an ApiRequestError whose `code` is an EnrolmentErrorCode.
import { Enrolment } from '../../contracts/enrolment.ts';
import { type ApiClient, readJson } from './api-client.ts';

export async function enrol(api: ApiClient, slug: string, key?: string): Promise<Enrolment> {
  const response = await api.api.courses[':slug'].enrolment.$post({
    param: { slug },
    json: key === undefined ? {} : { key },
  });
  return Enrolment.parse(await readJson(response));
}
