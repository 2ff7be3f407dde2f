// A take, packed for the server (PUT /api/codecasts/:id) or for a file the CLI imports: the manifest and
// chunks the engine packs, the captions inline, the narration as a file beside them. Checked against the
// manifest's schema here, so the teacher sees what is wrong before anything is sent.

import { CodecastManifest } from '../../../contracts/codecast.ts';
import type { CodecastUpload } from '../../../contracts/codecast-api.ts';
import { locales } from '../../../contracts/localized-text.ts';
import { type CodecastDraft, packCodecast } from '../engine/pack-codecast.ts';
import { parseWebVtt } from '../webvtt.ts';
import { fitTimeline, type Take } from './take.ts';

/** The narration file, ready to go (the recorder's Opus as is, or a WAV once cut). */
export type AudioFile = { src: string; mimeType: string; bytes: Uint8Array; durationMs: number };

export type PackProblem = { path: string; message: string };

export function packTake(
  take: Take,
  audio: AudioFile | null,
): { upload: CodecastUpload; problems: PackProblem[] } {
  const { meta, recording } = take;
  const captions = locales
    .filter((locale) => parseWebVtt(take.captions[locale]).cues.length > 0)
    .map((locale) => ({ locale, vtt: take.captions[locale] }));
  const draft: CodecastDraft = {
    id: meta.id,
    title: meta.title,
    language: meta.language,
    files: meta.files,
    ...fitTimeline(take.timeline, recording.durationMs),
    captions,
    ...(audio ? { audio: { src: audio.src, mimeType: audio.mimeType, durationMs: audio.durationMs } } : {}),
    ...(meta.exercise ? { exercise: meta.exercise } : {}),
  };
  const { manifest, chunks } = packCodecast(draft, recording);
  const checked = CodecastManifest.safeParse(manifest);
  const problems: PackProblem[] = checked.success
    ? []
    : checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  // The server asks captions in every language (they carry the explanation), each within the cast.
  for (const locale of locales) {
    const vtt = take.captions[locale];
    const parsed = parseWebVtt(vtt);
    if (vtt.trim() === '' || parsed.cues.length === 0)
      problems.push({ path: `captions.${locale}`, message: 'no captions in this language yet' });
    for (const problem of vtt.trim() === '' ? [] : parsed.problems)
      problems.push({ path: `captions.${locale}:${problem.line}`, message: problem.message });
    for (const cue of parsed.cues)
      if (cue.endMs > recording.durationMs)
        problems.push({ path: `captions.${locale}`, message: `the cue "${cue.text}" ends after the cast` });
  }
  return {
    upload: {
      manifest,
      chunks,
      files: audio ? [{ src: audio.src, base64: toBase64(audio.bytes) }] : [],
    },
    problems,
  };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
