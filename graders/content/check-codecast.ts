// Everything a codecast must satisfy before anyone plays it, wherever it comes from: a folder beside its
// exercise (load-codecast.ts), or a teacher's upload to the server (server/routes/codecasts.ts). The
// manifest parses, each chunk parses, decodes and hands over to the next one exactly (seeking and
// playing must agree), captions are WebVTT in both languages, times agree with the duration, and the
// exercises it names exist. Problems come back as data, each naming the file inside the codecast.
import { isDeepStrictEqual } from 'node:util';
import { CodecastManifest } from '../../contracts/codecast.ts';
import type { CodecastChunk, EditorState } from '../../contracts/codecast-chunk.ts';
import { parseCodecastChunk, parseCodecastManifest } from '../../contracts/codecast-version.ts';
import { type Locale, locales } from '../../contracts/localized-text.ts';
import { type Cue, readWebVtt } from '../../contracts/webvtt.ts';
import { CodecastError } from '../../web/codecast/engine/codecast-error.ts';
import type { DecodedChunk } from '../../web/codecast/engine/decoded-chunk.ts';
import { seekState, stateInChunk } from '../../web/codecast/engine/seek.ts';
import { decodeChunk } from '../../web/codecast/engine/wire-chunk.ts';
import { describeSchemaIssues } from './describe-schema-issues.ts';
import { didYouMean } from './did-you-mean.ts';

export const manifestFile = 'manifest.json';

/** Audio may outlast the last event a little (the recorder stops the microphone after the editor). */
export const audioDriftMs = 1_000;

export interface CodecastFinding {
  /** Inside the codecast: `manifest.json`, `chunks/0003.json`, `captions.fr.vtt`. */
  file: string;
  line?: number;
  message: string;
}

export interface CheckedCodecast {
  manifest: CodecastManifest;
  chunks: CodecastChunk[];
  decoded: DecodedChunk[];
  captions: Partial<Record<Locale, Cue[]>>;
  /** Every file the manifest refers to, and the manifest itself, by path: what is stored and served. */
  files: Map<string, Uint8Array>;
}

export interface CodecastCheck {
  errors: CodecastFinding[];
  warnings: CodecastFinding[];
  data?: CheckedCodecast;
}

export interface CodecastSource {
  /** The manifest's bytes, as stored. */
  manifest: Uint8Array;
  /** The other files by path inside the codecast; undefined when there is no such file. */
  read(src: string): Uint8Array | undefined;
  /** Every file present, when the source is a folder: those the manifest does not use are reported. */
  present?: readonly string[];
}

export interface CodecastExpectations {
  /** The folder's name: the manifest's `id` must be it. */
  id?: string;
  /** The exercise folder it sits in: the manifest's `exercise` must be it. */
  exercise?: string;
  /** Exercises that `exercise` and checkpoints may name; unchecked when undefined. */
  knownExercises?: ReadonlySet<string>;
}

const text = new TextDecoder('utf-8', { fatal: true });

export function checkCodecast(source: CodecastSource, expect: CodecastExpectations = {}): CodecastCheck {
  const errors: CodecastFinding[] = [];
  const warnings: CodecastFinding[] = [];
  const error = (file: string, message: string, line?: number) =>
    errors.push({ file, message, ...(line === undefined ? {} : { line }) });

  const raw = readJson(source.manifest, manifestFile, error);
  if (raw === undefined) return { errors, warnings };
  const parsed = parseCodecastManifest(raw);
  if (!parsed.success) {
    for (const problem of describeSchemaIssues(CodecastManifest, raw, parsed.error.issues, manifestFile))
      error(manifestFile, problem.message);
    return { errors, warnings };
  }
  const manifest = parsed.data;
  const files = new Map<string, Uint8Array>([[manifestFile, source.manifest]]);

  if (expect.id !== undefined && manifest.id !== expect.id)
    error(
      manifestFile,
      `id is "${manifest.id}" but the folder is "${expect.id}": they must be the same (rename one).`,
    );
  if (expect.exercise !== undefined && manifest.exercise !== expect.exercise)
    error(
      manifestFile,
      manifest.exercise === undefined
        ? `Add "exercise": "${expect.exercise}": the codecast sits in that exercise's folder.`
        : `exercise is "${manifest.exercise}" but the codecast sits in the folder of "${expect.exercise}": move it, or fix the field.`,
    );
  const known = expect.knownExercises;
  if (known) {
    const named = [
      ...(manifest.exercise === undefined ? [] : [{ where: 'exercise', slug: manifest.exercise }]),
      ...manifest.checkpoints.map((checkpoint, i) => ({
        where: `checkpoints[${i}].exercise`,
        slug: checkpoint.exercise,
      })),
    ];
    for (const { where, slug } of named)
      if (!known.has(slug))
        error(manifestFile, `${where}: there is no exercise "${slug}".${didYouMean(slug, known)}`);
  }

  const decoded = checkChunks(manifest, source, files, error);

  const captions: Partial<Record<Locale, Cue[]>> = {};
  for (const track of manifest.captions) {
    const file = 'src' in track ? track.src : manifestFile;
    let vtt: string | undefined;
    if ('src' in track) {
      const bytes = source.read(track.src);
      if (bytes === undefined) {
        error(manifestFile, `The ${track.locale} captions are missing: no file ${track.src}.`);
        continue;
      }
      files.set(track.src, bytes);
      vtt = decodeText(bytes, track.src, error);
    } else {
      vtt = track.vtt;
    }
    if (vtt === undefined) continue;
    const read = readWebVtt(vtt);
    const where = 'src' in track ? '' : `captions (${track.locale}): `;
    for (const problem of read.problems)
      error(file, `${where}${problem.message}`, 'src' in track ? problem.line : undefined);
    for (const cue of read.cues)
      if (cue.endMs > manifest.durationMs)
        error(
          file,
          `${where}the cue "${firstLine(cue.text)}" ends after the cast (${manifest.durationMs} ms).`,
          'src' in track ? cue.line : undefined,
        );
    if (read.cues.length === 0 && read.problems.length === 0)
      error(file, `${where}the ${track.locale} captions have no cue.`);
    captions[track.locale] = read.cues;
  }
  for (const locale of locales)
    if (!manifest.captions.some((track) => track.locale === locale))
      error(
        manifestFile,
        `No ${locale} captions: the captions carry the explanation, so every codecast has them in ${locales.join(' and ')}.`,
      );

  if (manifest.audio) {
    const bytes = source.read(manifest.audio.src);
    if (bytes === undefined) error(manifestFile, `The audio is missing: no file ${manifest.audio.src}.`);
    else if (bytes.length === 0) error(manifest.audio.src, 'The audio file is empty.');
    else files.set(manifest.audio.src, bytes);
    if (!/^audio\/[a-z0-9.+-]+(;[ \t]*[a-z]+=("[^"\r\n]*"|[^;\s]+))*$/i.test(manifest.audio.mimeType))
      error(
        manifestFile,
        `audio.mimeType "${manifest.audio.mimeType}" is not an audio type (like "audio/webm;codecs=opus").`,
      );
    if (Math.abs(manifest.audio.durationMs - manifest.durationMs) > audioDriftMs)
      error(
        manifestFile,
        `The audio lasts ${manifest.audio.durationMs} ms and the cast ${manifest.durationMs} ms: they must agree within ${audioDriftMs} ms, or the voice drifts from the code.`,
      );
  }

  if (decoded) warnings.push(...checkAnnotationLines(manifest, decoded));
  for (const file of source.present ?? [])
    if (!files.has(file))
      warnings.push({ file, message: 'The manifest does not use this file: delete it, or refer to it.' });

  if (errors.length > 0 || !decoded) return { errors, warnings };
  return {
    errors,
    warnings,
    data: {
      manifest,
      chunks: decoded.map((chunk) => chunk.raw),
      decoded: decoded.map((chunk) => chunk.decoded),
      captions,
      files,
    },
  };
}

type Report = (file: string, message: string, line?: number) => void;

/** Each chunk parsed and decoded, and its end agreeing with the next one's snapshot; undefined on any error. */
function checkChunks(
  manifest: CodecastManifest,
  source: CodecastSource,
  files: Map<string, Uint8Array>,
  error: Report,
): { raw: CodecastChunk; decoded: DecodedChunk }[] | undefined {
  const result: { raw: CodecastChunk; decoded: DecodedChunk }[] = [];
  let failed = false;
  for (const ref of manifest.chunks) {
    const bytes = source.read(ref.src);
    if (bytes === undefined) {
      error(manifestFile, `chunks[${ref.index}]: no file ${ref.src}.`);
      failed = true;
      continue;
    }
    files.set(ref.src, bytes);
    const json = readJson(bytes, ref.src, error);
    if (json === undefined) {
      failed = true;
      continue;
    }
    const chunk = parseCodecastChunk(json, manifest.formatVersion);
    if (!chunk.success) {
      for (const issue of chunk.error.issues.slice(0, 5))
        error(ref.src, `${issue.path.join('.') || 'the chunk'}: ${issue.message}`);
      failed = true;
      continue;
    }
    if (chunk.data.index !== ref.index || chunk.data.startMs !== ref.startMs) {
      error(
        ref.src,
        `index ${chunk.data.index} and startMs ${chunk.data.startMs} differ from the manifest's (${ref.index}, ${ref.startMs}).`,
      );
      failed = true;
      continue;
    }
    try {
      result.push({ raw: chunk.data, decoded: decodeChunk(chunk.data, ref.endMs, manifest.files.length) });
    } catch (caught) {
      if (!(caught instanceof CodecastError)) throw caught;
      error(ref.src, `${caught.message}: the events do not replay on the chunk's snapshot.`);
      failed = true;
    }
  }
  if (failed) return undefined;
  // A chunk's last state must be the next one's snapshot, or a player that seeks shows other code than
  // one that plays through.
  for (let i = 0; i + 1 < result.length; i++) {
    const current = result[i]!.decoded;
    const next = result[i + 1]!.decoded;
    if (!sameState(stateInChunk(current, current.endMs), next.snapshot)) {
      error(
        manifest.chunks[i + 1]!.src,
        `The snapshot is not the state that chunk ${i} ends with: seeking here and playing through would show different code.`,
      );
      failed = true;
    }
  }
  return failed ? undefined : result;
}

/** Lines a bubble or a highlight points at must exist in its file when it shows (as it starts, or by its end,
 * since a teacher often points at the line being typed). */
function checkAnnotationLines(
  manifest: CodecastManifest,
  decoded: { decoded: DecodedChunk }[],
): CodecastFinding[] {
  const chunks = decoded.map((chunk) => chunk.decoded);
  const warnings: CodecastFinding[] = [];
  manifest.annotations.forEach((annotation, i) => {
    const line = annotation.kind === 'highlight' ? annotation.toLine : annotation.line;
    if (line === undefined) return;
    const start = seekState(chunks, annotation.startMs);
    const file = annotation.file ?? start.activeFile;
    const lines = (state: EditorState) => state.files[file]?.text.split('\n').length ?? 0;
    const count = Math.max(lines(start), lines(seekState(chunks, annotation.endMs)));
    if (line > count)
      warnings.push({
        file: manifestFile,
        message: `annotations[${i}] points at line ${line} of ${manifest.files[file]?.name}, which has ${count} lines while it shows.`,
      });
  });
  return warnings;
}

function sameState(a: EditorState, b: EditorState): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

function readJson(bytes: Uint8Array, file: string, error: Report): unknown {
  const content = decodeText(bytes, file, error);
  if (content === undefined) return undefined;
  try {
    return JSON.parse(content);
  } catch (caught) {
    error(file, `Not JSON: ${(caught as Error).message}.`);
    return undefined;
  }
}

function decodeText(bytes: Uint8Array, file: string, error: Report): string | undefined {
  try {
    return text.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    error(file, 'Not UTF-8 text.');
    return undefined;
  }
}

function firstLine(cueText: string): string {
  const line = cueText.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
