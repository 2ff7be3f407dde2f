// Monaco as we ship it: the editor core, the few contributions a learner uses, JavaScript/TypeScript
// highlighting and language service, and its web workers built from the package into our own files
// (Vite's `?worker`), so nothing is fetched from a CDN and the CSP's worker-src 'self' holds. Imported by
// code-editor.tsx only, which is the one component that talks to Monaco.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// Ctrl+M (Cmd+M) lets Tab move the focus out of the editor: the keyboard way out, announced by Monaco.
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/features/typescript/register';
// Loaded with the editor rather than on the first JavaScript model (as register.ts does by itself): it
// registers editor contributions and their services (code lens, outline, drop into the editor), and
// Monaco's services are fixed when the first editor is made, so any editor made after a lazy load (a
// second editor on the page, the codecast player's comparison) logged "depends on UNKNOWN service".
import 'monaco-editor/languages/features/typescript/tsMode';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'typescript' || label === 'javascript' ? new TypeScriptWorker() : new EditorWorker();
  },
};
