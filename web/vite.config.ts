// The browser app's build: root web/, output dist/web. Monaco comes from the monaco-editor package and its
// workers are emitted as our own files (see exercise/monaco-setup.ts): no CDN, nothing loaded from elsewhere.
// Monaco lands in its own chunks because the editor is imported lazily (decision 009); no manualChunks, which
// would move Vite's preload helper into Monaco's chunk and make the shell import it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // Monaco's chunk is large by nature and loaded only on exercise pages, after the shell.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
  server: {
    // `npm run dev`: the API is the real server, on its own port.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
