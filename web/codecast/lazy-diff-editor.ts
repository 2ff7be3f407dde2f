// The side-by-side comparison, loaded on demand from the editor's own module (code-editor.tsx, the one
// Monaco importer), so comparing costs no second copy of Monaco and nothing before it is asked for.
import { lazy } from 'react';

export const LazyCodeDiffEditor = lazy(() =>
  import('../exercise/code-editor.tsx').then((module) => ({ default: module.CodeDiffEditor })),
);
