// The narration as one file for the upload: the microphone's recording as it was made when the take
// was never cut, else the edit list rendered (decoded with the browser's own decoders, mixed, written as
// WAV: see wav-encoder.ts for why not Opus).
import { audioEndMs, mixSegments, wholeBlob } from './audio-edit-list.ts';
import type { AudioFile } from './pack-take.ts';
import type { TakeRecord } from './recorder-store.ts';
import { readAudioBlob } from './recorder-store.ts';
import { encodeWav } from './wav-encoder.ts';

/** Speech needs no more: half of CD quality keeps a voice clear at a quarter of the size. */
const mixSampleRate = 22_050;

function extensionOf(mimeType: string): string {
  if (mimeType.includes('webm')) return 'webm';
  if (mimeType.includes('ogg')) return 'ogg';
  if (mimeType.includes('mp4')) return 'm4a';
  return 'audio';
}

function monoOf(buffer: AudioBuffer): Float32Array {
  const mono = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i++) mono[i] = (mono[i] ?? 0) + (data[i] ?? 0) / buffer.numberOfChannels;
  }
  return mono;
}

export async function narrationFile(db: IDBDatabase, take: TakeRecord): Promise<AudioFile | null> {
  const segments = take.audio.filter((segment) => segment.durationMs > 0);
  if (segments.length === 0) return null;
  const whole = wholeBlob(segments);
  if (whole) {
    const blob = await readAudioBlob(db, whole.blob, whole.mimeType);
    if (!blob) return null;
    return {
      src: `narration.${extensionOf(whole.mimeType)}`,
      mimeType: whole.mimeType,
      bytes: new Uint8Array(await blob.arrayBuffer()),
      durationMs: whole.durationMs,
    };
  }
  const context = new OfflineAudioContext(1, 1, mixSampleRate);
  const decoded = new Map<string, Float32Array>();
  for (const segment of segments) {
    if (decoded.has(segment.blob)) continue;
    const blob = await readAudioBlob(db, segment.blob, segment.mimeType);
    decoded.set(
      segment.blob,
      blob ? monoOf(await context.decodeAudioData(await blob.arrayBuffer())) : new Float32Array(0),
    );
  }
  const mixed = mixSegments(segments, mixSampleRate, (blob) => decoded.get(blob) ?? new Float32Array(0));
  // As long as the cast (silence after the last piece): the server wants voice and code to agree.
  const durationMs = Math.max(take.recording.durationMs, audioEndMs(segments));
  const samples = new Float32Array(Math.round((durationMs / 1000) * mixSampleRate));
  samples.set(mixed.subarray(0, samples.length));
  return {
    src: 'narration.wav',
    mimeType: 'audio/wav',
    bytes: encodeWav(samples, mixSampleRate),
    durationMs,
  };
}
