// /codecast/record — the teacher's recorder: behind the teacher login (the upload is teachers only),
// then the takes kept in this browser, a new take's setup, recording, and editing and saving a take.
// Every change to a take is written to IndexedDB as it happens (recorder-store.ts).
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/api-client.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoginForm } from '../../teacher/login-form.tsx';
import '../codecast.css';
import { useTeacherAccess } from '../../teacher/use-teacher-access.ts';
import { EditStage } from './edit-stage.tsx';
import { MicrophoneCheck } from './microphone-check.tsx';
import { openRecorderDb, putTake, type TakeRecord } from './recorder-store.ts';
import { RecordingStage } from './recording-stage.tsx';
import { emptyTimeline, type TakeMeta, truncateTake } from './take.ts';
import { TakeList } from './take-list.tsx';
import { TakeSetup } from './take-setup.tsx';

export function RecorderPage({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const { access, recheck: check } = useTeacherAccess(api);
  useEffect(() => {
    document.title = `${t.codecast.recorder.title} — ${t.appName}`;
  }, [t]);

  return (
    <div className="codecast-recorder">
      <h1>{t.codecast.recorder.title}</h1>
      {access === 'checking' && <p role="status">{t.loading}</p>}
      {access === 'failed' && <p role="alert">{t.loadFailed}</p>}
      {access === 'learner' && (
        <>
          <p>{t.codecast.recorder.teachersOnly}</p>
          <LoginForm api={api} onLoggedIn={check} />
        </>
      )}
      {access === 'teacher' && <RecorderStudio api={api} />}
    </div>
  );
}

type Stage = 'home' | 'setup' | 'recording' | 'editing';

function RecorderStudio({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const [db, setDb] = useState<IDBDatabase | null>(null);
  const [dbFailed, setDbFailed] = useState(false);
  const [stage, setStage] = useState<Stage>('home');
  const [take, setTake] = useState<TakeRecord | null>(null);
  const [undo, setUndo] = useState<TakeRecord[]>([]);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let opened: IDBDatabase | null = null;
    openRecorderDb().then(
      (database) => {
        opened = database;
        setDb(database);
      },
      () => setDbFailed(true),
    );
    return () => opened?.close();
  }, []);

  // The microphone is let go when the recorder is left.
  useEffect(
    () => () => {
      for (const track of stream?.getTracks() ?? []) track.stop();
    },
    [stream],
  );

  if (dbFailed) return <p role="alert">{r.noStorage}</p>;
  if (!db) return <p role="status">{t.loading}</p>;

  const save = (next: TakeRecord) => putTake(db, next).catch((error: unknown) => setProblem(String(error)));

  const start = (meta: TakeMeta, texts: string[]) => {
    const created: TakeRecord = {
      id: `take-${Date.now()}`,
      updatedAt: Date.now(),
      status: 'recording',
      meta,
      timeline: emptyTimeline,
      captions: { en: '', fr: '' },
      audio: [],
      recording: {
        initial: {
          files: texts.map((text) => ({ text, selections: [[0, 0]], scroll: [1, 0] })),
          activeFile: 0,
          lastRun: null,
        },
        events: [],
        durationMs: 0,
      },
      untilMs: 0,
      liveAudio: null,
    };
    setTake(created);
    setUndo([]);
    setStage('recording');
  };

  return (
    <>
      {problem && <p role="alert">{r.storeFailed(problem)}</p>}
      {stage === 'home' && (
        <TakeList
          db={db}
          onNew={() => setStage('setup')}
          onOpen={(opened) => {
            setTake(opened);
            setUndo([]);
            setStage('editing');
          }}
        />
      )}
      {stage === 'setup' && (
        <TakeSetup
          api={api}
          stream={stream}
          onStream={setStream}
          onStart={start}
          onCancel={() => setStage('home')}
        />
      )}
      {stage === 'recording' && take && (
        <RecordingStage
          api={api}
          db={db}
          take={take}
          stream={stream}
          onStopped={(stopped) => {
            setTake(stopped);
            setStage('editing');
          }}
        />
      )}
      {stage === 'editing' && take && (
        <>
          <EditStage
            api={api}
            db={db}
            take={take}
            onChange={(next, undoable) => {
              if (undoable) setUndo((stack) => [take, ...stack].slice(0, 20));
              const stamped = { ...next, updatedAt: Date.now() };
              setTake(stamped);
              void save(stamped);
            }}
            onUndo={
              undo.length > 0
                ? () => {
                    const [previous, ...rest] = undo;
                    if (!previous) return;
                    setUndo(rest);
                    setTake(previous);
                    void save(previous);
                  }
                : null
            }
            onRecordFrom={(atMs) => {
              setUndo((stack) => [take, ...stack].slice(0, 20));
              setTake({ ...take, ...truncateTake(take, atMs), status: 'recording', updatedAt: Date.now() });
              setStage('recording');
            }}
          />
          <MicrophoneCheck stream={stream} onStream={setStream} />
          <div className="work-bar">
            <button type="button" onClick={() => setStage('home')}>
              {r.backToTakes}
            </button>
          </div>
        </>
      )}
    </>
  );
}
