// What the embedded page tells the page that embeds it, by postMessage: its height (so the iframe can fit
// it) and each graded submission. The target is '*' because who may embed us is already decided by the
// CSP's frame-ancestors (FRAME_ANCESTORS); a host must still check `event.source` is its iframe.
import type { GradeResult } from '../../contracts/grade-result.ts';

export type HostMessage =
  | { type: 'codecast:height'; height: number }
  | {
      type: 'codecast:graded';
      exercise: string;
      attemptId: number;
      status: GradeResult['status'];
      score: number;
      maxScore: number;
    };

export function tellHost(message: HostMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** Reports the document's height whenever it changes; returns the function that stops it. */
export function reportHeight(): () => void {
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      tellHost({ type: 'codecast:height', height });
    }
  });
  observer.observe(document.body);
  return () => observer.disconnect();
}
