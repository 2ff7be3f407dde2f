import { describe, expect, it } from 'vitest';
import { createMediaClock, createTimerClock, type MediaLike } from './playback-clock.ts';

function fakeTime() {
  let at = 1000;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

/** An audio element as far as the clock can tell: its time moves only when the test says it played. */
function fakeMedia(durationS: number) {
  let currentTime = 0;
  let paused = true;
  let ended = false;
  const media: MediaLike & { advance(ms: number): void } = {
    get currentTime() {
      return currentTime;
    },
    // As an element does, moving the time clears `ended`.
    set currentTime(value) {
      currentTime = value;
      ended = false;
    },
    duration: durationS,
    get paused() {
      return paused;
    },
    get ended() {
      return ended;
    },
    playbackRate: 1,
    preservesPitch: false,
    async play() {
      paused = false;
    },
    pause() {
      paused = true;
    },
    advance(ms) {
      if (paused) return;
      currentTime = Math.min(currentTime + (ms / 1000) * this.playbackRate, durationS);
      if (currentTime >= durationS) {
        paused = true;
        ended = true;
      }
    },
  };
  return media;
}

describe('the timer clock', () => {
  it('stands still until played, then follows the time at the chosen rate', async () => {
    const time = fakeTime();
    const clock = createTimerClock(10_000, time.now);
    time.advance(500);
    expect(clock.timeMs()).toBe(0);
    await clock.play();
    time.advance(1000);
    expect(clock.timeMs()).toBe(1000);
    clock.setRate(2);
    time.advance(1000);
    expect(clock.timeMs()).toBe(3000);
    clock.setRate(0.5);
    time.advance(1000);
    expect(clock.timeMs()).toBe(3500);
    clock.pause();
    time.advance(1000);
    expect(clock.timeMs()).toBe(3500);
    expect(clock.playing).toBe(false);
  });

  it('seeks while playing or paused, and never leaves the cast', async () => {
    const time = fakeTime();
    const clock = createTimerClock(10_000, time.now);
    clock.seek(9000);
    expect(clock.timeMs()).toBe(9000);
    await clock.play();
    time.advance(5000);
    expect(clock.timeMs()).toBe(10_000);
    clock.seek(-5);
    expect(clock.timeMs()).toBe(0);
    time.advance(250);
    expect(clock.timeMs()).toBe(250);
  });
});

describe('the media clock', () => {
  it('is the audio’s time, extrapolated a little between the element’s coarse updates', async () => {
    const time = fakeTime();
    const media = fakeMedia(5);
    const clock = createMediaClock(media, 8000, time.now);
    await clock.play();
    time.advance(100);
    media.advance(100);
    expect(clock.timeMs()).toBe(100);
    time.advance(30);
    expect(clock.timeMs()).toBe(130);
    // A stalled audio does not let the code run ahead of the voice for long.
    time.advance(2000);
    expect(clock.timeMs()).toBe(100 + 250);
  });

  it('sets the rate on the element with the pitch kept', () => {
    const media = fakeMedia(5);
    const clock = createMediaClock(media, 5000, fakeTime().now);
    clock.setRate(1.5);
    expect(media.playbackRate).toBe(1.5);
    expect(media.preservesPitch).toBe(true);
    expect(clock.rate).toBe(1.5);
  });

  it('moves the audio when seeking, and a timer carries the cast on past the audio’s end', async () => {
    const time = fakeTime();
    const media = fakeMedia(5);
    const clock = createMediaClock(media, 8000, time.now);
    clock.seek(4000);
    expect(media.currentTime).toBe(4);
    await clock.play();
    time.advance(1000);
    media.advance(1000);
    expect(media.ended).toBe(true);
    expect(clock.timeMs()).toBe(5000);
    time.advance(1000);
    expect(clock.timeMs()).toBe(6000);
    clock.seek(7000);
    time.advance(2000);
    expect(clock.timeMs()).toBe(8000);
    clock.seek(1000);
    expect(media.currentTime).toBe(1);
    expect(media.paused).toBe(false);
    expect(clock.timeMs()).toBe(1000);
  });

  it('carries on from where an audio of unknown duration ended', async () => {
    const time = fakeTime();
    const media = fakeMedia(3);
    Object.defineProperty(media, 'duration', { value: Number.POSITIVE_INFINITY });
    const clock = createMediaClock(media, 8000, time.now);
    await clock.play();
    time.advance(2000);
    media.advance(2000);
    expect(clock.timeMs()).toBe(2000);
    time.advance(1000);
    media.advance(1000);
    expect(clock.timeMs()).toBe(3000);
    time.advance(1000);
    expect(clock.timeMs()).toBe(4000);
  });

  it('stays paused when the browser refuses to play the audio', async () => {
    const media = fakeMedia(5);
    media.play = () => Promise.reject(new Error('NotAllowedError'));
    const clock = createMediaClock(media, 5000, fakeTime().now);
    await expect(clock.play()).rejects.toThrow('NotAllowedError');
    expect(clock.playing).toBe(false);
  });
});
