// The one component that talks to Monaco. It shows code, reports each change, and shows the markers it is
// given; it knows nothing of exercises, grading or the server. Loaded lazily (see exercise-page.tsx), so
// Monaco stays out of the app shell's bundle.
import './monaco-setup.ts';
import * as monaco from 'monaco-editor/editor/editor.api';
import { useEffect, useRef } from 'react';
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
}

const markerOwner = 'grader';

const severities: Record<EditorMarker['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export function CodeEditor({ value, language, onChange, markers, label, onReady }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const latest = useRef({ onChange, onReady, value, label });
  latest.current = { onChange, onReady, value, label };

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, {
      value: latest.current.value,
      language,
      ariaLabel: latest.current.label,
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
    });
    editor.current = instance;
    const subscription = instance.onDidChangeModelContent(() => latest.current.onChange(instance.getValue()));
    latest.current.onReady?.();
    return () => {
      subscription.dispose();
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
    };
    // The editor is made once per language; label and value changes are applied below without remaking it.
  }, [language]);

  useEffect(() => {
    editor.current?.updateOptions({ ariaLabel: label });
  }, [label]);

  useEffect(() => {
    const instance = editor.current;
    if (instance && instance.getValue() !== value) instance.setValue(value);
  }, [value]);

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
