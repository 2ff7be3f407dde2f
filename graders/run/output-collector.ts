// One test's console output, capped at the exercise's byte limit. The cap is enforced here, on the host,
// because the isolate's timeout does not run while the host handles a console call: a flood must be
// refused by the host, which then tells the harness to stop calling.
export interface OutputCollector {
  /** Adds one console line; false once the limit is reached (this line is cut, later ones dropped). */
  write(line: string): boolean;
  /** What was printed, each line ended by a newline, cut at the limit (without the notice). */
  readonly text: string;
  /** The text with a notice where it was cut, for display. */
  readonly shown: string;
  readonly truncated: boolean;
}

const encoder = new TextEncoder();

export function createOutputCollector(limitBytes: number): OutputCollector {
  let text = '';
  let bytes = 0;
  let truncated = false;
  return {
    write(line) {
      if (truncated) return false;
      const chunk = `${line}\n`;
      const size = Buffer.byteLength(chunk, 'utf8');
      if (bytes + size <= limitBytes) {
        text += chunk;
        bytes += size;
        return true;
      }
      text += cutToBytes(chunk, limitBytes - bytes);
      bytes = limitBytes;
      truncated = true;
      return false;
    },
    get text() {
      return text;
    },
    get shown() {
      return truncated ? `${text}\n[output cut: more than ${limitBytes} bytes]` : text;
    },
    get truncated() {
      return truncated;
    },
  };
}

function cutToBytes(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  const { read } = encoder.encodeInto(text, new Uint8Array(maxBytes));
  return text.slice(0, read);
}
