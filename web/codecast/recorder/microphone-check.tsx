// "Test the microphone" before recording: asks for it, shows its level as the teacher speaks (a meter,
// also read out by screen readers), and hands the stream to the recorder. Recording without a
// microphone is always possible: the captions then carry the explanation.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface MicrophoneCheckProps {
  stream: MediaStream | null;
  onStream(stream: MediaStream | null): void;
}

export function MicrophoneCheck({ stream, onStream }: MicrophoneCheckProps) {
  const { t } = useI18n();
  const [level, setLevel] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const frame = useRef(0);

  useEffect(() => {
    if (!stream) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const measure = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // RMS, scaled so normal speech fills most of the meter.
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
      frame.current = requestAnimationFrame(measure);
    };
    measure();
    return () => {
      cancelAnimationFrame(frame.current);
      void context.close();
    };
  }, [stream]);

  const ask = async () => {
    setProblem(null);
    try {
      onStream(
        await navigator.mediaDevices.getUserMedia({
          audio: { echoCancellation: true, noiseSuppression: true },
        }),
      );
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const stop = () => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    onStream(null);
  };

  return (
    <fieldset className="microphone-check">
      <legend>{t.codecast.recorder.microphone}</legend>
      <p>{t.codecast.recorder.microphoneHint}</p>
      {stream ? (
        <>
          <label className="meter-label">
            {t.codecast.recorder.level}{' '}
            <meter min={0} max={1} low={0.05} high={0.9} optimum={0.5} value={level} />
          </label>
          <p className="take-over-note">{t.codecast.recorder.speakNow}</p>
          <button type="button" onClick={stop}>
            {t.codecast.recorder.withoutMicrophone}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void ask()} disabled={!navigator.mediaDevices}>
          {t.codecast.recorder.testMicrophone}
        </button>
      )}
      {problem && (
        <p role="alert">
          {t.codecast.recorder.microphoneRefused} ({problem})
        </p>
      )}
      <p role="status">{stream ? t.codecast.recorder.voiceOn : t.codecast.recorder.voiceOff}</p>
    </fieldset>
  );
}
