// Who holds the editor: the teacher's recording or the learner's own copy. Pausing makes the editor
// editable; the first keystroke on the teacher's code takes it over (a copy of the teacher's files at that
// moment becomes the learner's). From there the learner can continue with *their* code (the cast plays on
// — voice, captions, notes, timeline — while the editor keeps their copy and the teacher's later edits
// are not applied to it), go back to the *teacher's* code (their copy is kept, one key brings it back),
// or compare the two side by side. A checkpoint stops everything until its exercise passes or is skipped.

export type TakeOverState = {
  /** Whose code the editor shows. */
  view: 'teacher' | 'mine';
  playing: boolean;
  /** The learner has a copy (it is never thrown away, only replaced by a newer take-over). */
  hasCopy: boolean;
  /** The two codes side by side (only with a copy, only while paused). */
  comparing: boolean;
  /** The time of the checkpoint open in place of the editor, or null. */
  checkpointMs: number | null;
  /** The cast reached its end. */
  ended: boolean;
};

export type TakeOverAction =
  | { type: 'play' }
  | { type: 'pause' }
  /** The learner typed in the editor. */
  | { type: 'edit' }
  | { type: 'show-mine' }
  | { type: 'show-teacher' }
  | { type: 'toggle-compare' }
  | { type: 'checkpoint-reached'; atMs: number }
  /** Passed, or skipped: the cast goes on. */
  | { type: 'checkpoint-left' }
  | { type: 'ended' }
  /** The learner moved the playhead. */
  | { type: 'seeked' };

export function initialTakeOver(saved?: { hasCopy: boolean; view: 'teacher' | 'mine' }): TakeOverState {
  const hasCopy = saved?.hasCopy ?? false;
  return {
    view: hasCopy ? (saved?.view ?? 'teacher') : 'teacher',
    playing: false,
    hasCopy,
    comparing: false,
    checkpointMs: null,
    ended: false,
  };
}

export function takeOverReducer(state: TakeOverState, action: TakeOverAction): TakeOverState {
  switch (action.type) {
    case 'play':
      if (state.checkpointMs !== null || state.ended) return state;
      // Playing on while comparing would redraw the teacher's side at every keystroke of the recording.
      return { ...state, playing: true, comparing: false };
    case 'pause':
      return { ...state, playing: false };
    case 'edit':
      if (state.checkpointMs !== null) return state;
      // Typing on the teacher's code is only possible while paused (the editor is read-only while the
      // teacher types); it makes a copy, which the editor shows from then on.
      if (state.view === 'teacher' && state.playing) return state;
      return { ...state, view: 'mine', hasCopy: true };
    case 'show-mine':
      return state.hasCopy ? { ...state, view: 'mine', comparing: false } : state;
    case 'show-teacher':
      return { ...state, view: 'teacher', comparing: false };
    case 'toggle-compare':
      if (!state.hasCopy || state.checkpointMs !== null) return state;
      return { ...state, comparing: !state.comparing, playing: false };
    case 'checkpoint-reached':
      return { ...state, playing: false, comparing: false, checkpointMs: action.atMs };
    case 'checkpoint-left':
      return state.checkpointMs === null ? state : { ...state, checkpointMs: null, playing: true };
    case 'ended':
      return { ...state, playing: false, ended: true };
    case 'seeked':
      return { ...state, ended: false, checkpointMs: null };
  }
}

/** The editor takes typing when paused, and while playing on the learner's own code. */
export function editorEditable(state: TakeOverState): boolean {
  return state.checkpointMs === null && (!state.playing || state.view === 'mine');
}

/** The line saying who holds the editor, as a key of the catalogue's `codecast.mode`. */
export function modeOf(
  state: TakeOverState,
): 'watching' | 'paused' | 'editing' | 'playingMine' | 'checkpoint' | 'ended' {
  if (state.checkpointMs !== null) return 'checkpoint';
  if (state.view === 'mine') return state.playing ? 'playingMine' : 'editing';
  if (state.playing) return 'watching';
  return state.ended ? 'ended' : 'paused';
}
