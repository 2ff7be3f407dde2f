// The exercise page's calls: the public exercise, free runs, submissions and their polling, the draft,
// hints. Each answer is parsed with the contract the server sends it with.
import { z } from 'zod';
import { DraftAnswer, type SavedDraft } from '../../contracts/draft.ts';
import { GradeResult } from '../../contracts/grade-result.ts';
import { Hint, HintState } from '../../contracts/hint.ts';
import { PublicAttempt } from '../../contracts/public-attempt.ts';
import { PublicExercise } from '../../contracts/public-exercise.ts';
import { SubmissionReceipt } from '../../contracts/submission-receipt.ts';
import { type ApiClient, readJson } from './api-client.ts';

type Language = PublicExercise['language'];

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
): Promise<SubmissionReceipt> {
  const response = await api.api.exercises[':slug'].submissions.$post({
    param: { slug },
    json: { code, language },
  });
  return SubmissionReceipt.parse(await readJson(response));
}

export async function fetchAttempt(api: ApiClient, id: number): Promise<PublicAttempt> {
  const response = await api.api.attempts[':id'].$get({ param: { id: String(id) } });
  return PublicAttempt.parse(await readJson(response));
}

export async function fetchDraft(api: ApiClient, slug: string): Promise<SavedDraft | null> {
  const response = await api.api.exercises[':slug'].draft.$get({ param: { slug } });
  return DraftAnswer.parse(await readJson(response)).draft;
}

export async function saveDraft(api: ApiClient, slug: string, code: string): Promise<SavedDraft | null> {
  const response = await api.api.exercises[':slug'].draft.$put({ param: { slug }, json: { code } });
  return DraftAnswer.parse(await readJson(response)).draft;
}

export async function fetchAttempts(api: ApiClient, slug: string): Promise<PublicAttempt[]> {
  const response = await api.api.exercises[':slug'].attempts.$get({ param: { slug } });
  return z.object({ attempts: z.array(PublicAttempt) }).parse(await readJson(response)).attempts;
}

export async function fetchHints(api: ApiClient, slug: string): Promise<HintState> {
  return HintState.parse(await readJson(await api.api.exercises[':slug'].hints.$get({ param: { slug } })));
}

/** Reveals the next hint (the server remembers it, and refuses with 409 when none is left). */
export async function revealHint(api: ApiClient, slug: string): Promise<Hint> {
  return Hint.parse(await readJson(await api.api.exercises[':slug'].hints.$post({ param: { slug } })));
}
