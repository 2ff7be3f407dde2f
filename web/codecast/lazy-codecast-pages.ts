// The codecast pages, loaded on demand: the player and the recorder stay out of the app shell's bundle
// (decision 009 keeps the shell small), and Monaco is loaded by them lazily in turn.
import { lazy } from 'react';

export const LazyCodecastPage = lazy(() =>
  import('./codecast-page.tsx').then((module) => ({ default: module.CodecastPage })),
);
export const LazyCodecastListPage = lazy(() =>
  import('./codecast-list-page.tsx').then((module) => ({ default: module.CodecastListPage })),
);
export const LazyEmbedCodecastPage = lazy(() =>
  import('./embed-codecast-page.tsx').then((module) => ({ default: module.EmbedCodecastPage })),
);
export const LazyRecorderPage = lazy(() =>
  import('./recorder/recorder-page.tsx').then((module) => ({ default: module.RecorderPage })),
);
