// `npm run exo` as a teacher runs it, for the command-line tests: a real Node 24 process from the repo's
// root, with only PATH and the variables a test gives, stdin written then closed, and its exit code.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');

export interface ExoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runExo(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  return new Promise<ExoRun>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--no-node-snapshot', '--disable-warning=ExperimentalWarning', 'graders/cli/exo.ts', ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', ...options.env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
