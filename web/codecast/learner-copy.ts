// The learner's own copy of a codecast's code, and where they were, kept in localStorage at each change so
// a reload, a crash or a later visit finds it. Keyed by codecast id and version: a teacher who re-records
// the cast makes a new version whose files may differ, and the old copy stays under its own key (the
// player offers it back). A take-over that replaces a copy keeps the replaced one among `earlier`.
import { z } from 'zod';
import type { CodecastManifest } from '../../contracts/codecast.ts';

/** How many replaced copies are kept, newest first. */
const earlierKept = 10;

const LearnerCopy = z.object({
  /** One text per file of the manifest. */
  files: z.array(z.string()).min(1),
  activeFile: z.number().int().min(0),
  /** The cast's time when the copy was taken (the teacher's code it started from). */
  forkedAtMs: z.number().min(0),
  /** Epoch ms of the last change. */
  updatedAt: z.number(),
});
export type LearnerCopy = z.infer<typeof LearnerCopy>;

const SavedProgress = z.object({
  copy: LearnerCopy.nullable(),
  earlier: z.array(LearnerCopy),
  view: z.enum(['teacher', 'mine']),
  /** Where the learner left the cast. */
  timeMs: z.number().min(0),
  /** Times of the checkpoints passed (or skipped): playback does not stop there again. */
  passedCheckpoints: z.array(z.number()),
});
export type SavedProgress = z.infer<typeof SavedProgress>;

/** The part of `Storage` used here, so tests can pass a map. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'key' | 'length'>;

const prefix = 'codecast.copy.';

export const emptyProgress: SavedProgress = {
  copy: null,
  earlier: [],
  view: 'teacher',
  timeMs: 0,
  passedCheckpoints: [],
};

/**
 * A short fingerprint of the manifest: the same file gives the same key, a re-recorded cast another.
 * FNV-1a over its JSON; collisions only matter between two versions of one cast.
 */
export function codecastVersion(manifest: CodecastManifest): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(manifest);
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const keyOf = (id: string, version: string) => `${prefix}${id}.${version}`;

export function readProgress(store: KeyValueStore, id: string, version: string): SavedProgress {
  return parseProgress(safeGet(store, keyOf(id, version))) ?? emptyProgress;
}

/** False when the browser refused (storage full or disabled): the player says the copy is not saved. */
export function writeProgress(
  store: KeyValueStore,
  id: string,
  version: string,
  progress: SavedProgress,
): boolean {
  try {
    store.setItem(keyOf(id, version), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** The progress after the learner took over the teacher's code again: the older copy is kept. */
export function takeOver(progress: SavedProgress, copy: LearnerCopy): SavedProgress {
  const earlier = progress.copy
    ? [progress.copy, ...progress.earlier].slice(0, earlierKept)
    : progress.earlier;
  return { ...progress, copy, earlier, view: 'mine' };
}

/** Brings back an earlier copy; the current one takes its place among the earlier ones. */
export function restoreEarlier(progress: SavedProgress, index: number): SavedProgress {
  const chosen = progress.earlier[index];
  if (!chosen) return progress;
  const rest = progress.earlier.filter((_, i) => i !== index);
  const earlier = progress.copy ? [progress.copy, ...rest].slice(0, earlierKept) : rest;
  return { ...progress, copy: chosen, earlier, view: 'mine' };
}

/** Copies the learner made on other versions of this cast, newest first. */
export function copiesOfOtherVersions(store: KeyValueStore, id: string, version: string): LearnerCopy[] {
  const copies: LearnerCopy[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(`${prefix}${id}.`) || key === keyOf(id, version)) continue;
    // Ids are slugs (no dots), so `foo.v1` is not a version of `foo.v` nor of `fo`.
    if (key.slice(prefix.length, key.lastIndexOf('.')) !== id) continue;
    const progress = parseProgress(safeGet(store, key));
    if (progress?.copy) copies.push(progress.copy);
  }
  return copies.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A copy made for `fileCount` files, adapted to another file list: missing files are left empty. */
export function fitCopy(copy: LearnerCopy, fileCount: number): LearnerCopy {
  const files = Array.from({ length: fileCount }, (_, i) => copy.files[i] ?? '');
  return { ...copy, files, activeFile: Math.min(copy.activeFile, fileCount - 1) };
}

function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

function parseProgress(raw: string | null): SavedProgress | null {
  if (raw === null) return null;
  try {
    const parsed = SavedProgress.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
