// The codecast routes as the player and the recorder call them: the list, a manifest (with the version
// the server stores it under, which keys the learner's copy and makes the later requests cacheable for
// good), chunks one by one, captions, the audio's URL, and a teacher's upload. Every answer is parsed with
// its contract; a chunk or manifest of an older format version is upgraded by codecast-version.ts.

import { z } from 'zod';
import { ApiErrorBody } from '../../contracts/api-error.ts';
import type { CodecastManifest } from '../../contracts/codecast.ts';
import {
  CodecastList,
  CodecastSaved,
  type CodecastSummary,
  type CodecastUpload,
  codecastVersionHeader,
} from '../../contracts/codecast-api.ts';
import type { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import { parseCodecastChunk, parseCodecastManifest } from '../../contracts/codecast-version.ts';
import type { Locale } from '../../contracts/localized-text.ts';
import { type ApiClient, ApiRequestError, readJson } from '../api/api-client.ts';
import { codecastVersion } from './learner-copy.ts';

export type LoadedManifest = { manifest: CodecastManifest; version: string };

export async function fetchCodecasts(api: ApiClient): Promise<CodecastSummary[]> {
  return CodecastList.parse(await readJson(await api.api.codecasts.$get())).codecasts;
}

export async function fetchManifest(api: ApiClient, id: string): Promise<LoadedManifest> {
  const response = await api.api.codecasts[':id'].$get({ param: { id }, query: {} });
  const parsed = parseCodecastManifest(await readJson(response));
  if (!parsed.success) throw new ApiRequestError(response.status, 'invalid-codecast', parsed.error.message);
  return {
    manifest: parsed.data,
    version: response.headers.get(codecastVersionHeader) ?? codecastVersion(parsed.data),
  };
}

/** The other requests name the version, so a re-recording cannot mix old chunks with a new manifest. */
const versionQuery = (version: string): { version?: string } =>
  /^[0-9a-f]{64}$/.test(version) ? { version } : {};

export async function fetchChunk(
  api: ApiClient,
  id: string,
  loaded: LoadedManifest,
  index: number,
): Promise<CodecastChunk> {
  const response = await api.api.codecasts[':id'].chunks[':n'].$get({
    param: { id, n: String(index) },
    query: versionQuery(loaded.version),
  });
  const parsed = parseCodecastChunk(await readJson(response), loaded.manifest.formatVersion);
  if (!parsed.success) throw new ApiRequestError(response.status, 'invalid-codecast', parsed.error.message);
  return parsed.data;
}

/** The WebVTT text of the captions in `locale`: inline in the manifest, or fetched. */
export async function fetchCaptions(
  api: ApiClient,
  id: string,
  loaded: LoadedManifest,
  locale: Locale,
): Promise<string> {
  const track = loaded.manifest.captions.find((captions) => captions.locale === locale);
  if (!track) throw new ApiRequestError(404, 'not-found', `no captions in ${locale}`);
  if ('vtt' in track) return track.vtt;
  const response = await api.api.codecasts[':id'].captions[':lang'].$get({
    param: { id, lang: locale },
    query: versionQuery(loaded.version),
  });
  if (!response.ok) await readJson(response);
  return response.text();
}

/** Where the audio element fetches the narration (with Range requests, which the route answers). */
export function audioUrl(id: string, loaded: LoadedManifest): string | null {
  if (!loaded.manifest.audio) return null;
  const { version } = versionQuery(loaded.version);
  const query = version ? `?version=${version}` : '';
  return `/api/codecasts/${encodeURIComponent(id)}/audio${query}`;
}

/** What the server found wrong with an uploaded codecast, file by file (its 422's details). */
const UploadProblems = z.array(
  z.object({ file: z.string(), message: z.string(), line: z.number().optional() }),
);

export class CodecastRefused extends ApiRequestError {
  override name = 'CodecastRefused';
  readonly problems: z.infer<typeof UploadProblems>;

  constructor(status: number, code: string, message: string, problems: z.infer<typeof UploadProblems>) {
    super(status, code, message);
    this.problems = problems;
  }
}

/** Teachers only: stores the codecast as a new version (the server checks that it plays). */
export async function uploadCodecast(api: ApiClient, upload: CodecastUpload): Promise<CodecastSaved> {
  const response: Response = await api.api.codecasts[':id'].$put({
    param: { id: upload.manifest.id },
    json: upload,
  });
  if (response.status === 422) {
    const body = ApiErrorBody.safeParse(await response.json().catch(() => null));
    const problems = UploadProblems.safeParse(body.data?.error.details);
    if (body.success && problems.success)
      throw new CodecastRefused(422, body.data.error.code, body.data.error.message, problems.data);
  }
  return CodecastSaved.parse(await readJson(response));
}
