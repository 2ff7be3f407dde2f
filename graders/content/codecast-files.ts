// A codecast's files as they are stored and committed, from its packed form (a manifest, chunks in its
// order, captions and audio): the one serialization that an upload, `exo codecast compose` and
// `exo codecast export` share, so the same codecast has the same bytes, hence the same version, in git
// and on the server. The manifest is indented and each chunk is one line, so a re-recording diffs well;
// both go through their schema first, which puts the keys in one order whoever built the objects.
import { CodecastManifest } from '../../contracts/codecast.ts';
import type { CodecastUpload } from '../../contracts/codecast-api.ts';
import { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import { manifestFile } from './check-codecast.ts';

export interface CodecastFileProblem {
  file: string;
  message: string;
}

export function codecastFilesFromUpload(upload: CodecastUpload): {
  files: Map<string, Uint8Array>;
  problems: CodecastFileProblem[];
} {
  const files = new Map<string, Uint8Array>();
  const problems: CodecastFileProblem[] = [];
  const put = (src: string, bytes: Uint8Array) => {
    if (files.has(src))
      problems.push({ file: src, message: 'Sent twice: each file of a codecast has one path.' });
    files.set(src, bytes);
  };
  if (upload.chunks.length !== upload.manifest.chunks.length)
    problems.push({
      file: manifestFile,
      message: `${upload.chunks.length} chunks sent for ${upload.manifest.chunks.length} in the manifest.`,
    });
  const manifest = CodecastManifest.safeParse(upload.manifest);
  if (!manifest.success) {
    problems.push({ file: manifestFile, message: manifest.error.message });
    return { files, problems };
  }
  put(manifestFile, Buffer.from(`${JSON.stringify(manifest.data, null, 2)}\n`));
  manifest.data.chunks.forEach((ref, i) => {
    const chunk = CodecastChunk.safeParse(upload.chunks[i]);
    if (chunk.success) put(ref.src, Buffer.from(`${JSON.stringify(chunk.data)}\n`));
    else if (upload.chunks[i] !== undefined) problems.push({ file: ref.src, message: chunk.error.message });
  });
  for (const file of upload.files ?? [])
    put(file.src, 'text' in file ? Buffer.from(file.text, 'utf8') : Buffer.from(file.base64, 'base64'));
  return { files, problems };
}
