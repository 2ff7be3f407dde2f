// The paths of the learner's course pages, so links and routes (web/route.ts) cannot disagree.
export const coursePaths = {
  course: (slug: string) => `/course/${encodeURIComponent(slug)}`,
  attestation: (slug: string) => `/course/${encodeURIComponent(slug)}/attestation`,
  exercise: (slug: string) => `/exercise/${encodeURIComponent(slug)}`,
};
