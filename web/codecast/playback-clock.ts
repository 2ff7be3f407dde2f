// The player's clock: what time of the cast it is now. With a narration, the audio element is the master
// (the code follows the voice, so they cannot drift apart); without one, a timer over `performance.now()`.
// Both take the time source as a parameter, so tests drive them without a browser.

export interface PlaybackClock {
  readonly playing: boolean;
  readonly rate: number;
  /** The cast's time now, in ms, within `[0, durationMs]`. */
  timeMs(): number;
  /** May reject when the browser refuses to play the audio (autoplay policy, unsupported codec). */
  play(): Promise<void>;
  pause(): void;
  seek(timeMs: number): void;
  /** 0.5 to 2; the voice keeps its pitch. */
  setRate(rate: number): void;
}

export function createTimerClock(durationMs: number, now: () => number): PlaybackClock {
  let anchorMs = 0;
  let anchorAt = 0;
  let playing = false;
  let rate = 1;
  const clamp = (t: number) => Math.min(Math.max(t, 0), durationMs);
  const timeMs = () => (playing ? clamp(anchorMs + (now() - anchorAt) * rate) : anchorMs);
  return {
    get playing() {
      return playing;
    },
    get rate() {
      return rate;
    },
    timeMs,
    async play() {
      if (playing) return;
      anchorAt = now();
      playing = true;
    },
    pause() {
      anchorMs = timeMs();
      playing = false;
    },
    seek(t) {
      anchorMs = clamp(t);
      anchorAt = now();
    },
    setRate(next) {
      anchorMs = timeMs();
      anchorAt = now();
      rate = next;
    },
  };
}

/** What the media clock needs of an `HTMLMediaElement` (times in seconds, as the element has them). */
export interface MediaLike {
  currentTime: number;
  readonly duration: number;
  readonly ended: boolean;
  readonly paused: boolean;
  playbackRate: number;
  preservesPitch: boolean;
  play(): Promise<void>;
  pause(): void;
}

/**
 * Chromium advances `currentTime` in steps of a few tens of ms; between two steps the clock extrapolates
 * from the last one, never by more than this, so typing replays smoothly and a stalled audio stops the code.
 */
const maxExtrapolationMs = 250;

/**
 * The audio's time while it plays. A cast may last longer than its narration (the teacher stopped
 * talking, the audio was cut shorter): past the audio's end, a timer takes over from there.
 */
export function createMediaClock(media: MediaLike, durationMs: number, now: () => number): PlaybackClock {
  const tail = createTimerClock(durationMs, now);
  let inTail = false;
  let playing = false;
  let lastMediaMs = -1;
  let lastChangeAt = 0;
  const clamp = (t: number) => Math.min(Math.max(t, 0), durationMs);
  const audioEndMs = () =>
    Number.isFinite(media.duration) ? media.duration * 1000 : Number.POSITIVE_INFINITY;

  const enterTail = (atMs: number) => {
    inTail = true;
    tail.seek(atMs);
    if (playing) void tail.play();
  };

  return {
    get playing() {
      return playing;
    },
    get rate() {
      return tail.rate;
    },
    timeMs() {
      // Where the audio actually ended: a recording's WebM may not know its duration (Infinity).
      if (!inTail && playing && media.ended) enterTail(Math.min(media.currentTime * 1000, durationMs));
      if (inTail) return tail.timeMs();
      const mediaMs = media.currentTime * 1000;
      const at = now();
      if (mediaMs !== lastMediaMs) {
        lastMediaMs = mediaMs;
        lastChangeAt = at;
      }
      if (!playing || media.paused) return clamp(mediaMs);
      return clamp(mediaMs + Math.min((at - lastChangeAt) * tail.rate, maxExtrapolationMs));
    },
    async play() {
      playing = true;
      if (inTail) return tail.play();
      lastMediaMs = -1;
      try {
        await media.play();
      } catch (error) {
        playing = false;
        throw error;
      }
    },
    pause() {
      playing = false;
      tail.pause();
      media.pause();
    },
    seek(t) {
      const target = clamp(t);
      lastMediaMs = -1;
      if (target >= audioEndMs()) {
        media.pause();
        enterTail(target);
        return;
      }
      inTail = false;
      tail.pause();
      media.currentTime = target / 1000;
      if (playing && media.paused) void media.play().catch(() => {});
    },
    setRate(rate) {
      tail.setRate(rate);
      media.playbackRate = rate;
      // Without it, 2× would also raise the voice an octave.
      media.preservesPitch = true;
    },
  };
}
