// The recorder's takes in IndexedDB, so a crash, a closed tab or a dead battery costs seconds, not a
// session: each take's description (metadata, timeline, captions, narration edit list, and once stopped
// the recording), and while recording, each closed chunk as it closes, the open chunk every 2 s, and the
// microphone's pieces every second. Reopening the recorder lists what is there and offers to recover it.
import type { CodecastTimeline } from '../../../contracts/codecast.ts';
import type { Locale } from '../../../contracts/localized-text.ts';
import type { Recording } from '../engine/recording.ts';
import type { AudioSegment } from './audio-edit-list.ts';
import type { OpenChunk, StoredChunk } from './recording-journal.ts';
import type { TakeMeta } from './take.ts';

export type TakeRecord = {
  id: string;
  updatedAt: number;
  /** `recording`: a session was under way when this was stored (recover it from the chunks). */
  status: 'recording' | 'stopped';
  meta: TakeMeta;
  timeline: CodecastTimeline;
  captions: Record<Locale, string>;
  audio: AudioSegment[];
  /** The take so far: once stopped, the whole recording; while recording, what came before this session. */
  recording: Recording;
  /** While recording: the time reached at the last store, and the microphone's blob of this session. */
  untilMs: number;
  liveAudio: { blob: string; mimeType: string; atMs: number } | null;
};

const dbName = 'codecast-recorder';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function openRecorderDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore('takes', { keyPath: 'id' });
    // [takeId, index] → StoredChunk
    db.createObjectStore('chunks');
    // takeId → OpenChunk
    db.createObjectStore('open');
    // [blobId, sequence] → Blob; blob ids are `<takeId>/<n>`
    db.createObjectStore('audio');
  };
  return request(open);
}

export async function listTakes(db: IDBDatabase): Promise<TakeRecord[]> {
  const takes = await request(db.transaction('takes').objectStore('takes').getAll());
  return (takes as TakeRecord[]).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function putTake(db: IDBDatabase, take: TakeRecord): Promise<void> {
  const tx = db.transaction('takes', 'readwrite');
  tx.objectStore('takes').put(take);
  await done(tx);
}

export async function putChunks(
  db: IDBDatabase,
  takeId: string,
  chunks: readonly StoredChunk[],
): Promise<void> {
  if (chunks.length === 0) return;
  const tx = db.transaction('chunks', 'readwrite');
  for (const chunk of chunks) tx.objectStore('chunks').put(chunk, [takeId, chunk.index]);
  await done(tx);
}

/** The open chunk and how far the recording got, in one transaction with the take's record. */
export async function flushOpenChunk(db: IDBDatabase, take: TakeRecord, open: OpenChunk): Promise<void> {
  const tx = db.transaction(['open', 'takes'], 'readwrite');
  tx.objectStore('open').put(open, take.id);
  tx.objectStore('takes').put(take);
  await done(tx);
}

const takeRange = (takeId: string) => IDBKeyRange.bound([takeId, 0], [takeId, Number.MAX_SAFE_INTEGER]);

export async function readLive(
  db: IDBDatabase,
  takeId: string,
): Promise<{ chunks: StoredChunk[]; open: OpenChunk | null }> {
  const tx = db.transaction(['chunks', 'open']);
  const [chunks, open] = await Promise.all([
    request(tx.objectStore('chunks').getAll(takeRange(takeId))),
    request(tx.objectStore('open').get(takeId)),
  ]);
  return { chunks: chunks as StoredChunk[], open: (open as OpenChunk | undefined) ?? null };
}

/** Forgets a session's chunks (the take's record holds the recording from now on). */
export async function clearLive(db: IDBDatabase, takeId: string): Promise<void> {
  const tx = db.transaction(['chunks', 'open'], 'readwrite');
  tx.objectStore('chunks').delete(takeRange(takeId));
  tx.objectStore('open').delete(takeId);
  await done(tx);
}

export async function putAudioPiece(
  db: IDBDatabase,
  blob: string,
  sequence: number,
  piece: Blob,
): Promise<void> {
  const tx = db.transaction('audio', 'readwrite');
  tx.objectStore('audio').put(piece, [blob, sequence]);
  await done(tx);
}

const blobRange = (blob: string) => IDBKeyRange.bound([blob, 0], [blob, Number.MAX_SAFE_INTEGER]);

/** A microphone session's pieces, end to end: the stream MediaRecorder wrote (its first piece has the header). */
export async function readAudioBlob(db: IDBDatabase, blob: string, mimeType: string): Promise<Blob | null> {
  const pieces = (await request(
    db.transaction('audio').objectStore('audio').getAll(blobRange(blob)),
  )) as Blob[];
  return pieces.length === 0 ? null : new Blob(pieces, { type: mimeType });
}

export async function deleteTake(db: IDBDatabase, take: TakeRecord): Promise<void> {
  const tx = db.transaction(['takes', 'chunks', 'open', 'audio'], 'readwrite');
  tx.objectStore('takes').delete(take.id);
  tx.objectStore('chunks').delete(takeRange(take.id));
  tx.objectStore('open').delete(take.id);
  // Every blob of the take, including those no edit refers to any more.
  tx.objectStore('audio').delete(IDBKeyRange.bound([`${take.id}/`], [`${take.id}/\uffff`]));
  await done(tx);
}
