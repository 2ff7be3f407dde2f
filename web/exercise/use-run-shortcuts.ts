// Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits, from anywhere on the page, the editor included.
// Listened to in the capture phase because Monaco binds Ctrl+Enter itself (insert a line below) and
// would otherwise take the key first.
import { useEffect, useRef } from 'react';

export function useRunShortcuts(handlers: { onRun(): void; onSubmit(): void }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.shiftKey) latest.current.onSubmit();
      else latest.current.onRun();
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}

/** The modifier as the learner's keyboard names it. */
export function modifierKeyLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘' : 'Ctrl';
}
