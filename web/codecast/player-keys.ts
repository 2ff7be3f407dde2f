// The player's keyboard, one table for the handler and the help the player shows. Keys act from anywhere
// in the player except where they already mean something: in the editor only Escape (resume playing)
// and Ctrl/Cmd+Enter (run) are ours, text fields keep every key, and Space on a button presses it.

export type PlayerCommand =
  | 'toggle-play'
  | 'resume'
  | 'back'
  | 'forward'
  | 'previous-chapter'
  | 'next-chapter'
  | 'slower'
  | 'faster'
  | 'show-teacher'
  | 'show-mine'
  | 'compare'
  | 'captions'
  | 'run';

/** Where the key was pressed. */
export type KeyTarget = 'editor' | 'text-field' | 'button' | 'elsewhere';

export type KeyPress = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
};

/** Seconds moved by ← and →. */
export const seekStepMs = 5_000;

export function commandForKey(press: KeyPress, target: KeyTarget): PlayerCommand | null {
  const { key, shiftKey, ctrlKey, metaKey, altKey } = press;
  if (key === 'Enter' && (ctrlKey || metaKey) && !altKey && !shiftKey) return 'run';
  if (ctrlKey || metaKey || altKey) return null;
  if (target === 'editor') return key === 'Escape' ? 'resume' : null;
  if (target === 'text-field') return null;
  switch (key) {
    case ' ':
      return target === 'button' ? null : 'toggle-play';
    case 'k':
    case 'K':
      return 'toggle-play';
    case 'ArrowLeft':
      return shiftKey ? 'previous-chapter' : 'back';
    case 'ArrowRight':
      return shiftKey ? 'next-chapter' : 'forward';
    case '<':
      return 'slower';
    case '>':
      return 'faster';
    case 't':
    case 'T':
      return 'show-teacher';
    case 'm':
    case 'M':
      return 'show-mine';
    case 'd':
    case 'D':
      return 'compare';
    case 'c':
    case 'C':
      return 'captions';
    default:
      return null;
  }
}

/** What kind of element a key event came from. */
export function keyTargetOf(element: Element | null): KeyTarget {
  if (!element) return 'elsewhere';
  if (element.closest('.monaco-editor')) return 'editor';
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return 'text-field';
  if (element instanceof HTMLInputElement)
    return element.type === 'range' ? 'elsewhere' : element.type === 'checkbox' ? 'button' : 'text-field';
  if ((element as HTMLElement).isContentEditable) return 'text-field';
  if (element.closest('button, a[href], summary')) return 'button';
  return 'elsewhere';
}

/** The speeds offered, slowest first. */
export const playbackRates = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

export function nextRate(rate: number, faster: boolean): number {
  const index = playbackRates.findIndex((r) => r >= rate);
  const current = index === -1 ? playbackRates.length - 1 : index;
  const next = Math.min(Math.max(current + (faster ? 1 : -1), 0), playbackRates.length - 1);
  return playbackRates[next] ?? 1;
}

/** The shortcut list the player shows, in the order shown; labels are catalogue keys. */
export const shortcutList = [
  { keys: ['Space', 'K'], command: 'toggle-play' },
  { keys: ['←', '→'], command: 'seek' },
  { keys: ['Shift+←', 'Shift+→'], command: 'chapter' },
  { keys: ['<', '>'], command: 'speed' },
  { keys: ['Esc'], command: 'resume' },
  { keys: ['Ctrl+Enter'], command: 'run' },
  { keys: ['T'], command: 'show-teacher' },
  { keys: ['M'], command: 'show-mine' },
  { keys: ['D'], command: 'compare' },
  { keys: ['C'], command: 'captions' },
] as const;
