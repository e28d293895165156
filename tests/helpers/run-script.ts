/**
 * A project script run as `npm run` runs it (tsx, from the project root) on a fixture
 * content folder. Each run is about a second of start-up (tsx + the content pipeline),
 * so test files start every run when the tests are collected, a few at a time here,
 * and each test awaits its own.
 */
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ScriptRun {
  status: number;
  /** stdout + stderr */
  output: string;
}

const parallel = Math.max(2, os.availableParallelism());
let active = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(job: () => Promise<T>): Promise<T> {
  while (active >= parallel) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await job();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

/** `tsx <script> <args>` with CONTENT_DIR set to `contentDir`. */
export function runScript(script: string, args: readonly string[], contentDir: string): Promise<ScriptRun> {
  return inSlot(
    () =>
      new Promise<ScriptRun>((resolve) => {
        execFile(
          path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
          [script, ...args],
          { cwd: PROJECT_ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' },
          (error, stdout, stderr) => {
            const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
            resolve({ status, output: `${stdout}${stderr}` });
          },
        );
      }),
  );
}
