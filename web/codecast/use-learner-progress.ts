// The learner's copy and place in a codecast, as React state written through to localStorage at each
// change (learner-copy.ts), so a reload, a crash or the next visit finds them. Where storage is refused
// (a sandboxed iframe), it lives in memory and the page says the copy is not kept.
import { useCallback, useRef, useState } from 'react';
import {
  copiesOfOtherVersions,
  emptyProgress,
  type KeyValueStore,
  type LearnerCopy,
  readProgress,
  type SavedProgress,
  writeProgress,
} from './learner-copy.ts';

function browserStore(): KeyValueStore | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export function useLearnerProgress(id: string, version: string) {
  const store = useRef(browserStore());
  const [state, setState] = useState(() => {
    const found = store.current ? readProgress(store.current, id, version) : emptyProgress;
    return { progress: found, saved: store.current !== null };
  });
  const current = useRef(state.progress);
  const [otherVersions] = useState<LearnerCopy[]>(() =>
    store.current ? copiesOfOtherVersions(store.current, id, version) : [],
  );

  const update = useCallback(
    (change: (progress: SavedProgress) => SavedProgress) => {
      const next = change(current.current);
      if (next === current.current) return;
      current.current = next;
      const saved = store.current ? writeProgress(store.current, id, version, next) : false;
      setState({ progress: next, saved });
    },
    [id, version],
  );

  return { progress: state.progress, saved: state.saved, otherVersions, update, current };
}
