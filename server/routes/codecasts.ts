// /api/codecasts — codecasts for everyone (the list, a manifest, its chunks one by one, captions, audio
// with Range), and for teachers an upload of a whole codecast, checked like `exo check` checks a folder
// and stored as a new version (nothing is replaced: docs/decisions/013-codecast-storage.md). A codecast
// tied to an exercise that only private courses list answers 403 `not-enrolled` like the exercise.
//
// Caching: a request naming `?version=` gets that version's bytes, which never change, so the answer is
// cached for good (`immutable`); without it, the current version, revalidated by its ETag.
import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import {
  type CodecastList,
  type CodecastSummary,
  CodecastUpload,
  CodecastVersion,
  codecastVersionHeader,
} from '../../contracts/codecast-api.ts';
import { Slug } from '../../contracts/exercise-spec.ts';
import { Locale } from '../../contracts/localized-text.ts';
import { checkCodecast, manifestFile } from '../../graders/content/check-codecast.ts';
import { codecastFilesFromUpload } from '../../graders/content/codecast-files.ts';
import { hashContentEntries } from '../../graders/content/content-hash.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import type { Identity } from '../auth/sessions.ts';
import { exerciseAccess } from '../courses/exercise-access.ts';
import {
  findCodecast,
  listCurrentCodecasts,
  readCodecastFile,
  type StoredCodecast,
  storeCodecastVersion,
} from '../db/codecast-queries.ts';
import type { Db } from '../db/open-database.ts';
import { exercises } from '../db/schema.ts';
import { ApiError, errorBody } from '../http/api-error.ts';
import { limitBody } from '../http/body-limit.ts';
import { validate } from '../http/validate.ts';

/** An hour with audio is about 15 MB of Opus, a third more in base64; the chunks are a few MB at most. */
export const defaultMaxCodecastBytes = 64 * 1024 * 1024;

const immutable = 'private, max-age=31536000, immutable';
const revalidate = 'private, no-cache';

const IdParam = z.object({ id: z.string().max(200) });
const ChunkParam = z.object({ id: z.string().max(200), n: z.string().regex(/^\d{1,6}$/, 'a chunk index') });
const CaptionsParam = z.object({ id: z.string().max(200), lang: z.string().max(20) });
const VersionQuery = z.object({ version: CodecastVersion.optional() });

const requireTeacher = createMiddleware<AppEnv>(async (c, next) => {
  const { user } = c.get('identity');
  if (!user) throw new ApiError(401, 'login-required', 'Log in as a teacher first.');
  if (user.role !== 'teacher' && user.role !== 'admin')
    throw new ApiError(403, 'forbidden', 'This is for teachers only.');
  return next();
});

function allowed(db: Db, identity: Identity, codecast: StoredCodecast): boolean {
  return codecast.exercise === null || exerciseAccess(db, identity, codecast.exercise).allowed;
}

/** The codecast at the version asked for (or the current one), if the caller may watch it. */
function requireCodecast(db: Db, identity: Identity, id: string, version: string | undefined) {
  const found = Slug.safeParse(id).success ? findCodecast(db, id, version) : undefined;
  if (!found)
    throw new ApiError(
      404,
      'not-found',
      version === undefined
        ? `There is no codecast "${id}".`
        : `There is no version ${version} of codecast "${id}".`,
    );
  if (found.exercise !== null) {
    const access = exerciseAccess(db, identity, found.exercise);
    if (!access.allowed)
      throw new ApiError(403, 'not-enrolled', 'This codecast is for the learners enrolled in its course.', {
        details: { courses: access.courses },
      });
  }
  return found;
}

function toSummary(codecast: StoredCodecast): CodecastSummary {
  const { manifest } = codecast;
  return {
    id: codecast.id,
    version: codecast.version,
    title: manifest.title,
    exercise: codecast.exercise,
    durationMs: manifest.durationMs,
    language: manifest.language,
    captions: manifest.captions.map((track) => track.locale),
    hasAudio: manifest.audio !== undefined,
    chapterCount: manifest.chapters.length,
    checkpoints: manifest.checkpoints.map((checkpoint) => checkpoint.exercise),
    updatedAt: codecast.createdAt,
  };
}

/** The bytes of a file of the version, or our fault: a stored version always has the files its manifest names. */
function fileOf(db: Db, codecast: StoredCodecast, src: string): Buffer {
  const bytes = readCodecastFile(db, codecast.versionId, src);
  if (!bytes) throw new Error(`codecast ${codecast.id} version ${codecast.version} has no ${src}`);
  return bytes;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` (one range; several are answered with the whole file, as RFC 9110 allows). */
function readRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'whole' | 'unsatisfiable' {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return 'whole';
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'whole';
  if (from === '') {
    const length = Number(to);
    if (length === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

export function codecastRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  const maxBytes = deps.config.maxCodecastBytes ?? defaultMaxCodecastBytes;

  return new Hono<AppEnv>()
    .get('/', (c) => {
      const identity = c.get('identity');
      const list: CodecastList = {
        codecasts: listCurrentCodecasts(db)
          .filter((codecast) => allowed(db, identity, codecast))
          .map(toSummary),
      };
      return c.json(list);
    })
    .get('/:id', validate('param', IdParam), validate('query', VersionQuery), (c) => {
      const { version } = c.req.valid('query');
      const codecast = requireCodecast(db, c.get('identity'), c.req.valid('param').id, version);
      const etag = `"${codecast.version}"`;
      c.header(codecastVersionHeader, codecast.version);
      c.header('ETag', etag);
      c.header('Cache-Control', version === undefined ? revalidate : immutable);
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
      return c.body(asBody(fileOf(db, codecast, manifestFile)), 200, {
        'Content-Type': 'application/json; charset=utf-8',
      });
    })
    .get('/:id/chunks/:n', validate('param', ChunkParam), validate('query', VersionQuery), (c) => {
      const { id, n } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const codecast = requireCodecast(db, c.get('identity'), id, version);
      const ref = codecast.manifest.chunks[Number(n)];
      if (!ref)
        throw new ApiError(
          404,
          'not-found',
          `Codecast "${id}" has ${codecast.manifest.chunks.length} chunks, numbered from 0.`,
        );
      return sendFile(c, fileOf(db, codecast, ref.src), 'application/json; charset=utf-8', codecast, version);
    })
    .get('/:id/captions/:lang', validate('param', CaptionsParam), validate('query', VersionQuery), (c) => {
      const { id, lang } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const codecast = requireCodecast(db, c.get('identity'), id, version);
      const locale = Locale.safeParse(lang);
      const track = codecast.manifest.captions.find((captions) => captions.locale === locale.data);
      if (!track)
        throw new ApiError(404, 'not-found', `Codecast "${id}" has no captions in "${lang}".`, {
          details: { languages: codecast.manifest.captions.map((captions) => captions.locale) },
        });
      const bytes = 'vtt' in track ? Buffer.from(track.vtt, 'utf8') : fileOf(db, codecast, track.src);
      return sendFile(c, bytes, 'text/vtt; charset=utf-8', codecast, version);
    })
    .get('/:id/audio', validate('param', IdParam), validate('query', VersionQuery), (c) => {
      const { id } = c.req.valid('param');
      const { version } = c.req.valid('query');
      const codecast = requireCodecast(db, c.get('identity'), id, version);
      const audio = codecast.manifest.audio;
      if (!audio)
        throw new ApiError(404, 'not-found', `Codecast "${id}" has no audio: its captions carry it.`);
      const bytes = fileOf(db, codecast, audio.src);
      // Browsers seek in a media file with Range requests; without them, an audio clock cannot jump.
      c.header('Accept-Ranges', 'bytes');
      const range = readRange(c.req.header('Range'), bytes.length);
      if (range === 'unsatisfiable') {
        c.header('Content-Range', `bytes */${bytes.length}`);
        return c.json(
          errorBody('range-not-satisfiable', `The audio has ${bytes.length} bytes.`, { size: bytes.length }),
          416,
        );
      }
      if (range === 'whole') return sendFile(c, bytes, audio.mimeType, codecast, version);
      c.header('Content-Range', `bytes ${range.start}-${range.end}/${bytes.length}`);
      c.header('Cache-Control', version === undefined ? revalidate : immutable);
      return c.body(asBody(bytes.subarray(range.start, range.end + 1)), 206, {
        'Content-Type': audio.mimeType,
      });
    })
    .put(
      '/:id',
      requireTeacher,
      limitBody({
        maxBytes,
        onTooLarge: (c) =>
          c.json(
            errorBody(
              'codecast-too-large',
              `The codecast is larger than ${maxBytes} bytes: cut it in two, or record without audio.`,
              { maxBytes },
            ),
            413,
          ),
      }),
      validate('param', IdParam),
      validate('json', CodecastUpload),
      (c) => {
        const { id } = c.req.valid('param');
        const upload = c.req.valid('json');
        const { files, problems } = codecastFilesFromUpload(upload);
        const issues: { file: string; message: string; line?: number }[] = [...problems];
        if (upload.manifest.id !== id)
          issues.unshift({
            file: manifestFile,
            message: `id is "${upload.manifest.id}" but the URL says "${id}".`,
          });
        if (issues.length === 0) {
          const known = new Set(
            db
              .select({ slug: exercises.slug })
              .from(exercises)
              .all()
              .map((row) => row.slug),
          );
          const checked = checkCodecast(
            { manifest: files.get(manifestFile)!, read: (src) => files.get(src) },
            { id, knownExercises: known },
          );
          issues.push(...checked.errors);
          if (checked.data && issues.length === 0) {
            const stored = checked.data.files;
            const contentHash = hashContentEntries([...stored].map(([path, bytes]) => ({ path, bytes })));
            const user = c.get('identity').user;
            const { created } = storeCodecastVersion(
              db,
              {
                id,
                contentHash,
                manifest: checked.data.manifest,
                exercise: checked.data.manifest.exercise ?? null,
                files: stored,
                source: 'upload',
                ...(user ? { uploadedBy: user.id } : {}),
              },
              clock.now(),
              'always',
            );
            return c.json({ id, version: contentHash, created }, created ? 201 : 200);
          }
        }
        throw new ApiError(422, 'invalid-codecast', 'The codecast does not play as sent: see details.', {
          details: issues,
        });
      },
    );
}

function sendFile(
  c: Context<AppEnv>,
  bytes: Uint8Array,
  contentType: string,
  codecast: StoredCodecast,
  version: string | undefined,
): Response {
  const etag = `"${codecast.version}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', version === undefined ? revalidate : immutable);
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
  return c.body(asBody(bytes), 200, { 'Content-Type': contentType });
}

/** The same bytes without a copy: SQLite's and Node's buffers never sit on a SharedArrayBuffer. */
function asBody(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
}
