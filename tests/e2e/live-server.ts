/**
 * A production server of its own for tests that change content while it runs (live
 * publishing): a copy of the e2e build (its ISR writes must not reach the shared
 * server's files) serving a copy of the e2e content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromInstant } from '../../lib/content/dates';
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from './fixture-content';

export interface LiveServer {
  url: string;
  contentDir: string;
  distDir: string;
  /** Everything the server printed */
  output(): string;
  stop(): void;
}

/** The build the other browser tests use, copied without its caches (dist folders must be inside the project). */
export function copyBuild(name: string): string {
  const from = process.env.NEXT_DIST_DIR || E2E_DIST_DIR;
  const to = `${from}-${name}`;
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true, filter: (source) => path.relative(from, source) !== 'cache' });
  return to;
}

export function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-content-'));
  fs.cpSync(process.env.CONTENT_DIR || E2E_CONTENT_DIR, dir, { recursive: true });
  return dir;
}

export async function startServer(port: number, name: string): Promise<LiveServer> {
  const contentDir = copyContent();
  const distDir = copyBuild(name);
  let output = '';
  const server: ChildProcess = spawn('node_modules/.bin/tsx', ['server.ts', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > until) throw new Error(`server.ts did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    contentDir,
    distDir,
    output: () => output,
    stop: () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      fs.rmSync(contentDir, { recursive: true, force: true });
      fs.rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/** A valid story, as an editor would write it. */
export function storyFile({ title, date = '2022-06-20', tags = ['实时发布'] }: { title: string; date?: string; tags?: string[] }): string {
  return `---
title: ${title}
date: "${date}"
section: law
tags: [${tags.join(', ')}]
authors:
  - name: 测试记者
    role: 记者
---

${title}的正文：本市今天发布了一条新闻。
`;
}

/** A Beijing date-time `ms` from now, as an editor writes it (2026-06-01T08:00:05). */
export function beijingIn(ms: number): string {
  return fromInstant(Date.now() + ms).iso.slice(0, 19);
}

/** Write a file the way an editor's tool saves it: to a hidden file (never read), then renamed into place. */
export function save(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.saving`);
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}
