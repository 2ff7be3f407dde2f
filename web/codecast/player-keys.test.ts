import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress, nextRate } from './player-keys.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('the player’s keyboard', () => {
  it('plays and pauses with Space or K, seeks with the arrows, jumps chapters with Shift', () => {
    expect(commandForKey(press(' '), 'elsewhere')).toBe('toggle-play');
    expect(commandForKey(press('k'), 'button')).toBe('toggle-play');
    expect(commandForKey(press('ArrowLeft'), 'elsewhere')).toBe('back');
    expect(commandForKey(press('ArrowRight'), 'button')).toBe('forward');
    expect(commandForKey(press('ArrowLeft', { shiftKey: true }), 'elsewhere')).toBe('previous-chapter');
    expect(commandForKey(press('ArrowRight', { shiftKey: true }), 'elsewhere')).toBe('next-chapter');
    expect(commandForKey(press('<', { shiftKey: true }), 'elsewhere')).toBe('slower');
    expect(commandForKey(press('>', { shiftKey: true }), 'elsewhere')).toBe('faster');
  });

  it('leaves Space to a focused button, and every key to text fields', () => {
    expect(commandForKey(press(' '), 'button')).toBeNull();
    expect(commandForKey(press(' '), 'text-field')).toBeNull();
    expect(commandForKey(press('ArrowLeft'), 'text-field')).toBeNull();
    expect(commandForKey(press('t'), 'text-field')).toBeNull();
  });

  it('takes only Escape (resume) and Ctrl/Cmd+Enter (run) from the editor', () => {
    expect(commandForKey(press('Escape'), 'editor')).toBe('resume');
    expect(commandForKey(press(' '), 'editor')).toBeNull();
    expect(commandForKey(press('ArrowLeft'), 'editor')).toBeNull();
    expect(commandForKey(press('Enter', { ctrlKey: true }), 'editor')).toBe('run');
    expect(commandForKey(press('Enter', { metaKey: true }), 'elsewhere')).toBe('run');
    expect(commandForKey(press('Enter', { ctrlKey: true, shiftKey: true }), 'editor')).toBeNull();
  });

  it('leaves keys with Ctrl, Cmd or Alt to the browser', () => {
    expect(commandForKey(press('ArrowLeft', { altKey: true }), 'elsewhere')).toBeNull();
    expect(commandForKey(press('k', { ctrlKey: true }), 'elsewhere')).toBeNull();
  });

  it('switches code, compares and toggles captions with letters', () => {
    expect(commandForKey(press('t'), 'elsewhere')).toBe('show-teacher');
    expect(commandForKey(press('M', { shiftKey: true }), 'elsewhere')).toBe('show-mine');
    expect(commandForKey(press('d'), 'elsewhere')).toBe('compare');
    expect(commandForKey(press('c'), 'elsewhere')).toBe('captions');
    expect(commandForKey(press('x'), 'elsewhere')).toBeNull();
  });

  it('steps through the offered speeds without leaving them', () => {
    expect(nextRate(1, true)).toBe(1.25);
    expect(nextRate(1, false)).toBe(0.75);
    expect(nextRate(2, true)).toBe(2);
    expect(nextRate(0.5, false)).toBe(0.5);
    expect(nextRate(1.1, true)).toBe(1.5);
  });
});
