// The one component that talks to Monaco. It shows code, reports each change, and shows the markers it is
// given; it knows nothing of exercises, grading or the server. Loaded lazily (see exercise-page.tsx), so
// Monaco stays out of the app shell's bundle. The codecast player and recorder also drive it through the
// optional props below (read-only, highlighted lines, a handle to replay edits, the user's own edits,
// selections and scroll), and compare two codes with `CodeDiffEditor`, in this file for the same reason.
import './monaco-setup.ts';
import * as monaco from 'monaco-editor/editor/editor.api';
import { type RefObject, useEffect, useRef } from 'react';
import type {
  CodeEditorHandle,
  EditorChange,
  EditorHighlight,
  EditorScroll,
  EditorSelection,
} from './editor-handle.ts';
import type { EditorMarker } from './editor-marker.ts';

export interface CodeEditorProps {
  /** The code to show; a value different from the editor's replaces it (a restored draft). */
  value: string;
  language: 'javascript' | 'typescript';
  onChange(code: string): void;
  markers: readonly EditorMarker[];
  /** The editor's accessible name. */
  label: string;
  /** Called once the editor can be typed in. */
  onReady?(): void;
  /** Refuses typing (a recording being watched); Monaco says so if the learner tries. */
  readOnly?: boolean;
  /** What Monaco says when typing is refused. */
  readOnlyMessage?: string;
  /** Lines to highlight or mark (a codecast's annotations). */
  highlights?: readonly EditorHighlight[];
  /** Filled with the editor's handle while it exists, for replaying edits and reading the view. */
  handleRef?: RefObject<CodeEditorHandle | null>;
  /** The user's own edits (not the value prop's nor the handle's), as Monaco's changes. */
  onUserEdit?(changes: readonly EditorChange[], value: string): void;
  /** The user moved the caret or the selection (the primary selection first). */
  onSelectionsChange?(selections: EditorSelection[]): void;
  /** The view scrolled to another first line or column. */
  onScrollChange?(scroll: EditorScroll): void;
}

const markerOwner = 'grader';

const severities: Record<EditorMarker['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

const baseOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 15,
  tabSize: 2,
  wordWrap: 'on',
  fixedOverflowWidgets: true,
  // Monaco's faded text (unused names, the number of a last empty line) fails WCAG AA contrast.
  showUnused: false,
  renderFinalNewline: 'on',
};

export function CodeEditor({
  value,
  language,
  onChange,
  markers,
  label,
  onReady,
  readOnly = false,
  readOnlyMessage,
  highlights,
  handleRef,
  onUserEdit,
  onSelectionsChange,
  onScrollChange,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const latest = useRef({ onChange, onReady, value, label, onUserEdit, onSelectionsChange, onScrollChange });
  latest.current = { onChange, onReady, value, label, onUserEdit, onSelectionsChange, onScrollChange };
  const initialOptions = useRef({ readOnly, readOnlyMessage });
  // Set while the value prop or the handle changes the text, so those changes are not the user's.
  const programmatic = useRef(false);

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, {
      ...baseOptions,
      value: latest.current.value,
      language,
      ariaLabel: latest.current.label,
      readOnly: initialOptions.current.readOnly,
      ...readOnlyMessageOption(initialOptions.current.readOnlyMessage),
    });
    editor.current = instance;
    decorations.current = instance.createDecorationsCollection();
    let lastScroll: EditorScroll = scrollOf(instance);
    const subscriptions = [
      instance.onDidChangeModelContent((event) => {
        const code = instance.getValue();
        latest.current.onChange(code);
        if (!programmatic.current && !event.isFlush)
          latest.current.onUserEdit?.(
            event.changes.map(({ rangeOffset, rangeLength, text }) => ({ rangeOffset, rangeLength, text })),
            code,
          );
      }),
      instance.onDidChangeCursorSelection((event) => {
        if (programmatic.current || event.source === 'model' || event.source === 'api') return;
        latest.current.onSelectionsChange?.(selectionsOf(instance));
      }),
      instance.onDidScrollChange(() => {
        const scroll = scrollOf(instance);
        if (scroll[0] === lastScroll[0] && scroll[1] === lastScroll[1]) return;
        lastScroll = scroll;
        if (!programmatic.current) latest.current.onScrollChange?.(scroll);
      }),
    ];
    const handle = createHandle(instance, programmatic, (scroll) => {
      lastScroll = scroll;
    });
    if (handleRef) handleRef.current = handle;
    latest.current.onReady?.();
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      if (handleRef?.current === handle) handleRef.current = null;
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
      decorations.current = null;
    };
    // The editor is made once per language; label and value changes are applied below without remaking it.
  }, [language, handleRef]);

  useEffect(() => {
    editor.current?.updateOptions({ ariaLabel: label });
  }, [label]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly, ...readOnlyMessageOption(readOnlyMessage) });
  }, [readOnly, readOnlyMessage]);

  useEffect(() => {
    const instance = editor.current;
    if (instance && instance.getValue() !== value) instance.setValue(value);
  }, [value]);

  useEffect(() => {
    decorations.current?.set(
      (highlights ?? []).map((highlight) => ({
        range: new monaco.Range(highlight.fromLine, 1, highlight.toLine, 1),
        options: {
          isWholeLine: true,
          className: highlight.kind === 'highlight' ? 'editor-line-highlight' : 'editor-line-pointer',
          linesDecorationsClassName: 'editor-line-mark',
          ...(highlight.message ? { hoverMessage: { value: highlight.message } } : {}),
        },
      })),
    );
  }, [highlights]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      markerOwner,
      markers.map((marker) => ({
        severity: severities[marker.severity],
        message: marker.message,
        startLineNumber: marker.line,
        startColumn: marker.column,
        endLineNumber: marker.endLine ?? marker.line,
        // Without an end, the marker runs to the end of the line, so it can be seen.
        endColumn: marker.endColumn ?? model.getLineMaxColumn(Math.min(marker.line, model.getLineCount())),
      })),
    );
  }, [markers]);

  return <div ref={host} className="code-editor" />;
}

function readOnlyMessageOption(message: string | undefined) {
  return message === undefined ? {} : { readOnlyMessage: { value: message } };
}

function selectionsOf(instance: monaco.editor.ICodeEditor): EditorSelection[] {
  const model = instance.getModel();
  if (!model) return [[0, 0]];
  return (instance.getSelections() ?? []).map((selection) => [
    model.getOffsetAt({
      lineNumber: selection.selectionStartLineNumber,
      column: selection.selectionStartColumn,
    }),
    model.getOffsetAt({ lineNumber: selection.positionLineNumber, column: selection.positionColumn }),
  ]);
}

function charWidth(instance: monaco.editor.ICodeEditor): number {
  return instance.getOption(monaco.editor.EditorOption.fontInfo).typicalHalfwidthCharacterWidth || 8;
}

function scrollOf(instance: monaco.editor.ICodeEditor): EditorScroll {
  const top = instance.getVisibleRanges()[0]?.startLineNumber ?? 1;
  return [top, Math.round(instance.getScrollLeft() / charWidth(instance))];
}

function createHandle(
  instance: monaco.editor.IStandaloneCodeEditor,
  programmatic: RefObject<boolean>,
  scrolledTo: (scroll: EditorScroll) => void,
): CodeEditorHandle {
  const quietly = (change: () => void) => {
    programmatic.current = true;
    try {
      change();
    } finally {
      programmatic.current = false;
    }
  };
  return {
    applyEdits(edits) {
      const model = instance.getModel();
      if (!model || edits.length === 0) return;
      quietly(() => {
        // One at a time: each edit's offset is in the text the previous one left.
        for (const edit of edits) {
          const start = model.getPositionAt(edit.offset);
          const end = model.getPositionAt(edit.offset + edit.deleteLength);
          model.applyEdits([
            {
              range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
              text: edit.text,
            },
          ]);
        }
      });
    },
    setView({ text, selections, scroll }) {
      const model = instance.getModel();
      if (!model) return;
      quietly(() => {
        if (text !== undefined && model.getValue() !== text) model.setValue(text);
        if (selections && selections.length > 0)
          instance.setSelections(
            selections.map(([anchor, head]) => {
              const a = model.getPositionAt(anchor);
              const h = model.getPositionAt(head);
              return new monaco.Selection(a.lineNumber, a.column, h.lineNumber, h.column);
            }),
          );
        if (scroll) {
          instance.setScrollPosition(
            {
              scrollTop: instance.getTopForLineNumber(scroll[0]),
              scrollLeft: scroll[1] * charWidth(instance),
            },
            monaco.editor.ScrollType.Immediate,
          );
          scrolledTo(scrollOf(instance));
        }
      });
    },
    getValue: () => instance.getValue(),
    getSelections: () => selectionsOf(instance),
    getScroll: () => scrollOf(instance),
    focus: () => instance.focus(),
  };
}

export interface CodeDiffEditorProps {
  /** The left side (the teacher's code). */
  original: string;
  /** The right side (the learner's). */
  modified: string;
  language: 'javascript' | 'typescript';
  label: string;
  originalLabel: string;
  modifiedLabel: string;
}

/** Two codes side by side (inline on narrow screens), both read-only, differences marked. */
export function CodeDiffEditor({
  original,
  modified,
  language,
  label,
  originalLabel,
  modifiedLabel,
}: CodeDiffEditorProps) {
  const host = useRef<HTMLElement>(null);
  const models = useRef<{ original: monaco.editor.ITextModel; modified: monaco.editor.ITextModel } | null>(
    null,
  );
  const latest = useRef({ original, modified, label, originalLabel, modifiedLabel });
  latest.current = { original, modified, label, originalLabel, modifiedLabel };

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.createDiffEditor(host.current, {
      ...baseOptions,
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      ariaLabel: latest.current.label,
      originalAriaLabel: latest.current.originalLabel,
      modifiedAriaLabel: latest.current.modifiedLabel,
    });
    const pair = {
      original: monaco.editor.createModel(latest.current.original, language),
      modified: monaco.editor.createModel(latest.current.modified, language),
    };
    instance.setModel(pair);
    // The construction options' labels do not reach the two inner editors in this Monaco version.
    instance.getOriginalEditor().updateOptions({ ariaLabel: latest.current.originalLabel });
    instance.getModifiedEditor().updateOptions({ ariaLabel: latest.current.modifiedLabel });
    models.current = pair;
    return () => {
      instance.dispose();
      pair.original.dispose();
      pair.modified.dispose();
      models.current = null;
    };
  }, [language]);

  useEffect(() => {
    const pair = models.current;
    if (pair && pair.original.getValue() !== original) pair.original.setValue(original);
    if (pair && pair.modified.getValue() !== modified) pair.modified.setValue(modified);
  }, [original, modified]);

  return <section ref={host} className="code-editor code-diff-editor" aria-label={label} />;
}
