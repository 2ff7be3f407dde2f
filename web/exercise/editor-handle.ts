// What a page may ask of the editor beyond showing a value: replaying edits in place, placing selections
// and scroll, reading them back, highlighting lines. Plain data (offsets in UTF-16 code units, lines
// 1-based, as Monaco counts them), so the codecast player and recorder never need Monaco's types.

/** Replace `deleteLength` code units at `offset` (in the text as it is then) by `text`. */
export type EditorTextEdit = { offset: number; deleteLength: number; text: string };

/** `[anchor, head]` offsets; the head is where the caret is. */
export type EditorSelection = readonly [number, number];

/** `[topLine, leftColumn]`: the first visible line (1-based) and column (0-based). */
export type EditorScroll = readonly [number, number];

/** One change of a user's edit, as Monaco reports it: offsets in the text before the edit. */
export type EditorChange = { rangeOffset: number; rangeLength: number; text: string };

/** Lines drawn highlighted (`highlight`) or marked in the gutter (`pointer`), with an optional hover text. */
export type EditorHighlight = {
  fromLine: number;
  toLine: number;
  kind: 'highlight' | 'pointer';
  message?: string;
};

export interface CodeEditorHandle {
  /** Applies edits in order, in place (the view is kept); not reported as the user's edits. */
  applyEdits(edits: readonly EditorTextEdit[]): void;
  /** Sets what is given: the whole text (only if it differs), the selections, the scroll. */
  setView(view: { text?: string; selections?: readonly EditorSelection[]; scroll?: EditorScroll }): void;
  getValue(): string;
  /** The primary selection first. */
  getSelections(): EditorSelection[];
  getScroll(): EditorScroll;
  focus(): void;
}
