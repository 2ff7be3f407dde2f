// The editor, loaded on demand: Monaco's chunks stay out of the shell. The exercise page starts the load
// as soon as it mounts, so Monaco downloads while the exercise and the draft are being fetched.
import { lazy } from 'react';

const loadCodeEditor = () => import('./code-editor.tsx');

export const LazyCodeEditor = lazy(() => loadCodeEditor().then((module) => ({ default: module.CodeEditor })));

export function preloadCodeEditor(): void {
  // A failed preload is retried by React.lazy when the editor is rendered, which shows the error.
  loadCodeEditor().catch(() => {});
}
