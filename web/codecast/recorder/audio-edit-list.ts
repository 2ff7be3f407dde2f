// The narration of a take as a list of recorded pieces placed on the cast's time line, so cutting a range
// or re-recording from a point edits the list, not the audio: nothing is decoded until the take is saved,
// and a take never cut is uploaded as the recorder made it. `assembleAudio` (save time) renders the list.

export type AudioSegment = {
  /** The recorded blob this piece comes from (one per MediaRecorder session). */
  blob: string;
  mimeType: string;
  /** Where it plays in the cast, ms. */
  atMs: number;
  /** Where it starts in its blob, ms. */
  fromMs: number;
  durationMs: number;
};

/** Removes the cast's `[fromMs, toMs)`: pieces inside go, pieces across are split, later ones move back. */
export function cutAudio(segments: readonly AudioSegment[], fromMs: number, toMs: number): AudioSegment[] {
  const removed = toMs - fromMs;
  if (removed <= 0) return [...segments];
  return segments.flatMap((segment) => {
    const end = segment.atMs + segment.durationMs;
    if (end <= fromMs) return [segment];
    if (segment.atMs >= toMs) return [{ ...segment, atMs: segment.atMs - removed }];
    const pieces: AudioSegment[] = [];
    if (segment.atMs < fromMs) pieces.push({ ...segment, durationMs: fromMs - segment.atMs });
    if (end > toMs)
      pieces.push({
        ...segment,
        atMs: fromMs,
        fromMs: segment.fromMs + (toMs - segment.atMs),
        durationMs: end - toMs,
      });
    return pieces;
  });
}

/** Keeps what plays before `atMs` (recording goes on from there). */
export function truncateAudio(segments: readonly AudioSegment[], atMs: number): AudioSegment[] {
  return segments
    .filter((segment) => segment.atMs < atMs)
    .map((segment) => ({ ...segment, durationMs: Math.min(segment.durationMs, atMs - segment.atMs) }));
}

/** The one recorded blob, untouched, if the list is just that: then it is uploaded as is. */
export function wholeBlob(segments: readonly AudioSegment[]): AudioSegment | null {
  const [only, ...rest] = segments;
  return only && rest.length === 0 && only.atMs === 0 && only.fromMs === 0 ? only : null;
}

/** The cast time the narration covers. */
export function audioEndMs(segments: readonly AudioSegment[]): number {
  return segments.reduce((end, segment) => Math.max(end, segment.atMs + segment.durationMs), 0);
}

/**
 * The samples of the list at `sampleRate`, mono, silence where no piece plays. `decoded(blob)` gives a
 * blob's samples (mono) at that rate.
 */
export function mixSegments(
  segments: readonly AudioSegment[],
  sampleRate: number,
  decoded: (blob: string) => Float32Array,
): Float32Array {
  const toSamples = (ms: number) => Math.round((ms / 1000) * sampleRate);
  const output = new Float32Array(toSamples(audioEndMs(segments)));
  for (const segment of segments) {
    const source = decoded(segment.blob);
    const from = toSamples(segment.fromMs);
    const length = Math.min(toSamples(segment.durationMs), Math.max(0, source.length - from));
    output.set(
      source.subarray(from, from + length),
      Math.min(toSamples(segment.atMs), output.length - length),
    );
  }
  return output;
}
