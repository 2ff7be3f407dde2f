// The learner's code for an exercise, kept as they type: on this device at once (it survives a reload or a
// lost connection) and on the server a moment after they pause. On load the newer of the two wins, else
// the starter code.
import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type { ApiClient } from '../api/api-client.ts';
import { fetchDraft, saveDraft } from '../api/exercise-api.ts';

/** Pause in typing before the draft goes to the server. */
const serverSaveDelayMs = 1_000;

export type DraftSaveState = 'unchanged' | 'local' | 'saved' | 'failed';

const LocalDraft = z.object({ code: z.string(), updatedAt: z.number() });
type LocalDraft = z.infer<typeof LocalDraft>;

const storageKey = (slug: string) => `codecast.draft.${slug}`;

function readLocalDraft(slug: string): LocalDraft | null {
  try {
    const parsed = LocalDraft.safeParse(JSON.parse(localStorage.getItem(storageKey(slug)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeLocalDraft(slug: string, draft: LocalDraft): void {
  try {
    localStorage.setItem(storageKey(slug), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the server copy still follows.
  }
}

export function useDraft(api: ApiClient, slug: string, starter: string) {
  const [code, setCodeState] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<DraftSaveState>('unchanged');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The code as of the last keystroke, before React re-renders: a shortcut pressed right after typing or
  // pasting must run what is in the editor, not the previous render's code.
  const latest = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setCodeState(null);
    latest.current = null;
    const local = readLocalDraft(slug);
    fetchDraft(api, slug)
      .catch(() => null)
      .then((server) => {
        if (cancelled) return;
        const newest = [local, server].reduce<LocalDraft | null>(
          (best, draft) => (draft && (!best || draft.updatedAt > best.updatedAt) ? draft : best),
          null,
        );
        latest.current = newest?.code ?? starter;
        setCodeState(latest.current);
      });
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
    };
  }, [api, slug, starter]);

  const setCode = useCallback(
    (next: string) => {
      latest.current = next;
      setCodeState(next);
      writeLocalDraft(slug, { code: next, updatedAt: Date.now() });
      setSaveState('local');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        saveDraft(api, slug, next).then(
          () => setSaveState('saved'),
          () => setSaveState('failed'),
        );
      }, serverSaveDelayMs);
    },
    [api, slug],
  );

  const currentCode = useCallback(() => latest.current, []);

  return { code, setCode, currentCode, saveState };
}
