// The takes kept in this browser: an interrupted recording is offered for recovery (its chunks and open
// chunk read back: at most a couple of seconds lost), a stopped one can be opened again, either deleted.
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatClock } from '../format-clock.ts';
import { clearLive, deleteTake, listTakes, putTake, readLive, type TakeRecord } from './recorder-store.ts';
import { recoverRecording } from './recording-journal.ts';

export interface TakeListProps {
  db: IDBDatabase;
  onOpen(take: TakeRecord): void;
  onNew(): void;
}

export function TakeList({ db, onOpen, onNew }: TakeListProps) {
  const { t, formatDate } = useI18n();
  const r = t.codecast.recorder;
  const [takes, setTakes] = useState<TakeRecord[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(() => {
    listTakes(db).then(setTakes, (error: unknown) => setProblem(String(error)));
  }, [db]);
  useEffect(refresh, [refresh]);

  const recover = async (take: TakeRecord) => {
    try {
      const { chunks, open } = await readLive(db, take.id);
      const recording =
        chunks.length > 0 || open
          ? recoverRecording(chunks, open, take.untilMs, take.meta.files.length)
          : take.recording;
      const live = take.liveAudio;
      const stopped: TakeRecord = {
        ...take,
        status: 'stopped',
        recording,
        audio: live
          ? [...take.audio, { ...live, fromMs: 0, durationMs: Math.max(0, recording.durationMs - live.atMs) }]
          : take.audio,
        liveAudio: null,
        untilMs: recording.durationMs,
        updatedAt: Date.now(),
      };
      await putTake(db, stopped);
      await clearLive(db, take.id);
      onOpen(stopped);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="take-list" aria-labelledby="take-list-title">
      <h2 id="take-list-title">{r.takesTitle}</h2>
      <button type="button" className="primary" onClick={onNew}>
        {r.newCodecast}
      </button>
      {takes === null && !problem && <p role="status">{t.loading}</p>}
      {takes?.length === 0 && <p>{r.noTakes}</p>}
      {takes && takes.length > 0 && (
        <ul>
          {takes.map((take) => {
            const name = take.meta.id || r.untitled;
            return (
              <li key={take.id}>
                <strong>{name}</strong>{' '}
                {take.status === 'recording'
                  ? r.interrupted(formatDate(take.updatedAt), formatClock(take.untilMs))
                  : r.stoppedTake(formatDate(take.updatedAt), formatClock(take.recording.durationMs))}{' '}
                {take.status === 'recording' ? (
                  <button type="button" className="primary" onClick={() => void recover(take)}>
                    {r.recover}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                ) : (
                  <button type="button" onClick={() => onOpen(take)}>
                    {r.open}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                )}{' '}
                <button
                  type="button"
                  onClick={() =>
                    void deleteTake(db, take).then(refresh, (e: unknown) => setProblem(String(e)))
                  }
                >
                  {r.delete}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
