import { describe, expect, it } from 'vitest';
import {
  editorEditable,
  initialTakeOver,
  modeOf,
  type TakeOverAction,
  type TakeOverState,
  takeOverReducer,
} from './take-over.ts';

const run = (actions: TakeOverAction['type'][], from: TakeOverState = initialTakeOver()) =>
  actions.reduce(
    (state, type) =>
      takeOverReducer(
        state,
        type === 'checkpoint-reached' ? { type, atMs: 28_000 } : ({ type } as TakeOverAction),
      ),
    from,
  );

describe('taking over a codecast', () => {
  it('starts on the teacher’s code, paused, editable', () => {
    const state = initialTakeOver();
    expect(state).toMatchObject({ view: 'teacher', playing: false, hasCopy: false });
    expect(editorEditable(state)).toBe(true);
    expect(modeOf(state)).toBe('paused');
  });

  it('keeps the editor read-only while the teacher’s code plays, and ignores typing then', () => {
    const playing = run(['play']);
    expect(editorEditable(playing)).toBe(false);
    expect(run(['edit'], playing)).toEqual(playing);
    expect(modeOf(playing)).toBe('watching');
  });

  it('takes over at the first keystroke after pausing', () => {
    const state = run(['play', 'pause', 'edit']);
    expect(state).toMatchObject({ view: 'mine', hasCopy: true, playing: false });
    expect(modeOf(state)).toBe('editing');
  });

  it('continues with the learner’s code: playing, still editable, still theirs', () => {
    const state = run(['pause', 'edit', 'play']);
    expect(state).toMatchObject({ view: 'mine', playing: true });
    expect(editorEditable(state)).toBe(true);
    expect(modeOf(state)).toBe('playingMine');
    expect(run(['edit'], state)).toEqual(state);
  });

  it('goes back to the teacher’s code and keeps the copy for later', () => {
    const back = run(['edit', 'show-teacher']);
    expect(back).toMatchObject({ view: 'teacher', hasCopy: true });
    expect(run(['show-mine'], back).view).toBe('mine');
    expect(run(['show-mine']).view).toBe('teacher');
  });

  it('compares only with a copy, pausing the cast, and closes the comparison when playing', () => {
    expect(run(['toggle-compare']).comparing).toBe(false);
    const comparing = run(['edit', 'play', 'toggle-compare']);
    expect(comparing).toMatchObject({ comparing: true, playing: false });
    expect(run(['play'], comparing).comparing).toBe(false);
    expect(run(['toggle-compare'], comparing).comparing).toBe(false);
    expect(run(['show-teacher'], comparing).comparing).toBe(false);
    expect(run(['show-mine'], comparing)).toMatchObject({ comparing: false, view: 'mine' });
  });

  it('stops at a checkpoint, refuses to play or edit until it is left, then plays on', () => {
    const stopped = run(['play', 'checkpoint-reached']);
    expect(stopped).toMatchObject({ playing: false, checkpointMs: 28_000 });
    expect(modeOf(stopped)).toBe('checkpoint');
    expect(editorEditable(stopped)).toBe(false);
    expect(run(['play', 'edit', 'toggle-compare'], stopped)).toEqual(stopped);
    expect(run(['checkpoint-left'], stopped)).toMatchObject({ playing: true, checkpointMs: null });
  });

  it('seeking away closes a checkpoint and forgets the end', () => {
    expect(run(['checkpoint-reached', 'seeked']).checkpointMs).toBeNull();
    const ended = run(['play', 'ended']);
    expect(modeOf(ended)).toBe('ended');
    expect(run(['play'], ended).playing).toBe(false);
    expect(run(['seeked', 'play'], ended).playing).toBe(true);
  });

  it('comes back as it was saved: the learner’s view only if they have a copy', () => {
    expect(initialTakeOver({ hasCopy: true, view: 'mine' }).view).toBe('mine');
    expect(initialTakeOver({ hasCopy: false, view: 'mine' }).view).toBe('teacher');
  });
});
