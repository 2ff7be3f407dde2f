// The exercise page's calls: the public exercise, free runs, submissions and their polling, the draft.
// Each answer is parsed with the contract the server sends it with.
import { z } from 'zod';
import { GradeResult } from '../../contracts/grade-result.ts';
import { LocalizedText } from '../../contracts/localized-text.ts';
import { PublicAttempt } from '../../contracts/public-attempt.ts';
import { PublicExercise } from '../../contracts/public-exercise.ts';
import { type ApiClient, readJson } from './api-client.ts';

type Language = PublicExercise['language'];

const SubmissionAccepted = z.object({
  attemptId: z.number().int(),
  status: z.literal('queued'),
  position: z.number().int().min(1),
});
export type SubmissionAccepted = z.infer<typeof SubmissionAccepted>;

const DraftAnswer = z.object({
  draft: z.object({ code: z.string(), updatedAt: z.number() }).nullable(),
});
export type ServerDraft = NonNullable<z.infer<typeof DraftAnswer>['draft']>;

export async function fetchExercise(api: ApiClient, slug: string): Promise<PublicExercise> {
  return PublicExercise.parse(await readJson(await api.api.exercises[':slug'].$get({ param: { slug } })));
}

export async function runCode(api: ApiClient, slug: string, code: string, language: Language) {
  const response = await api.api.exercises[':slug'].run.$post({ param: { slug }, json: { code, language } });
  return GradeResult.parse(await readJson(response));
}

export async function submitCode(
  api: ApiClient,
  slug: string,
  code: string,
  language: Language,
): Promise<SubmissionAccepted> {
  const response = await api.api.exercises[':slug'].submissions.$post({
    param: { slug },
    json: { code, language },
  });
  return SubmissionAccepted.parse(await readJson(response));
}

export async function fetchAttempt(api: ApiClient, id: number): Promise<PublicAttempt> {
  const response = await api.api.attempts[':id'].$get({ param: { id: String(id) } });
  return PublicAttempt.parse(await readJson(response));
}

export async function fetchDraft(api: ApiClient, slug: string): Promise<ServerDraft | null> {
  const response = await api.api.exercises[':slug'].draft.$get({ param: { slug } });
  return DraftAnswer.parse(await readJson(response)).draft;
}

export async function saveDraft(api: ApiClient, slug: string, code: string): Promise<ServerDraft | null> {
  const response = await api.api.exercises[':slug'].draft.$put({ param: { slug }, json: { code } });
  return DraftAnswer.parse(await readJson(response)).draft;
}

export async function fetchAttempts(api: ApiClient, slug: string): Promise<PublicAttempt[]> {
  const response = await api.api.exercises[':slug'].attempts.$get({ param: { slug } });
  return z.object({ attempts: z.array(PublicAttempt) }).parse(await readJson(response)).attempts;
}

const Hint = z.object({ index: z.number().int().min(0), text: LocalizedText });
export type Hint = z.infer<typeof Hint>;
const HintState = z.object({ hintCount: z.number().int().min(0), revealed: z.array(Hint) });
export type HintState = z.infer<typeof HintState>;

export async function fetchHints(api: ApiClient, slug: string): Promise<HintState> {
  return HintState.parse(await readJson(await api.api.exercises[':slug'].hints.$get({ param: { slug } })));
}

/** Reveals the next hint (the server remembers it, and refuses with 409 when none is left). */
export async function revealHint(api: ApiClient, slug: string): Promise<Hint> {
  return Hint.parse(await readJson(await api.api.exercises[':slug'].hints.$post({ param: { slug } })));
}
