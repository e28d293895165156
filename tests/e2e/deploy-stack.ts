/**
 * The production topology for tests that publish into it: deploy/start.sh with two
 * instances behind nginx (and so the Redis they share, deploy/redis.sh), on a copy of
 * the e2e content and of the build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { copyBuild, copyContent } from './live-server';

export interface Stack {
  nginx: string;
  instances: string[];
  /** nginx, then each instance */
  all: string[];
  contentDir: string;
  /** deploy/start.sh's RUN_DIR: nginx's files, and redis/ with the shared Redis */
  runDir: string;
  /** Everything start.sh, nginx and the instances printed */
  output(): string;
  stop(): void;
}

/** nginx on `nginxPort`, the instances on the next two ports. */
export async function startStack(name: string, nginxPort: number): Promise<Stack> {
  const contentDir = copyContent();
  const distDir = copyBuild(name);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const nginx = `http://127.0.0.1:${nginxPort}`;
  const instances = [nginxPort + 1, nginxPort + 2].map((port) => `http://127.0.0.1:${port}`);
  let output = '';
  const stack = spawn('bash', ['deploy/start.sh'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(nginxPort),
      NEXT_PORT: String(nginxPort + 1),
      NEXT_INSTANCES: '2',
      RUN_DIR: runDir,
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: distDir,
      REDIS_URL: '',
    },
  });
  stack.stdout?.on('data', (chunk) => (output += chunk));
  stack.stderr?.on('data', (chunk) => (output += chunk));
  const until = Date.now() + 150_000;
  for (;;) {
    try {
      if ((await fetch(`${nginx}/robots.txt`)).ok) break;
    } catch {
      // not up yet
    }
    if (stack.exitCode !== null || Date.now() > until) throw new Error(`deploy/start.sh did not come up:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    nginx,
    instances,
    all: [nginx, ...instances],
    contentDir,
    runDir,
    output: () => output,
    stop: () => {
      if (stack.pid) process.kill(-stack.pid, 'SIGTERM');
      fs.rmSync(contentDir, { recursive: true, force: true });
      fs.rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/** Status and whether the body contains `text`, from each of `bases`. */
export async function seen(bases: readonly string[], url: string, text: string): Promise<string[]> {
  return Promise.all(
    bases.map(async (base) => {
      const response = await fetch(`${base}${url}`);
      const body = await response.text();
      return `${response.status} ${body.includes(text)}`;
    }),
  );
}

/** The change shows on every one of `bases`, and from then on no request gets the old page. */
export async function showsEverywhere(bases: readonly string[], url: string, text: string, expected = '200 true'): Promise<void> {
  await expect.poll(() => seen(bases, url, text), { timeout: 30_000 }).toEqual(bases.map(() => expected));
  for (let i = 0; i < 20; i++) expect(await seen(bases, url, text)).toEqual(bases.map(() => expected));
}
