import { describe, expect, it } from 'vitest';
import { encodeWav } from './wav-encoder.ts';

describe('the WAV encoder', () => {
  it('writes a RIFF header for mono 16-bit PCM and the samples, clamped', () => {
    const bytes = encodeWav(Float32Array.from([0, 1, -1, 0.5, 2]), 22_050);
    const view = new DataView(bytes.buffer);
    const ascii = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
    expect(bytes.length).toBe(44 + 10);
    expect([ascii(0), ascii(8), ascii(12), ascii(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(36 + 10);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(22_050);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(10);
    expect([0, 1, 2, 3, 4].map((i) => view.getInt16(44 + i * 2, true))).toEqual([
      0, 32767, -32768, 16383, 32767,
    ]);
  });
});
