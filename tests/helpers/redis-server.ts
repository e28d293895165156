/**
 * A Debian redis-server of a test's own, as deploy/redis.sh runs it: on a Unix socket in
 * a temporary folder, no TCP port, nothing saved to disk. scripts/test-all.sh installs it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestRedis {
  socket: string;
  url: string;
  /** Start it (again: empty) on the same socket, and wait until it answers. */
  start(): Promise<void>;
  kill(): void;
  /** Run redis-cli on it, e.g. ('EXISTS', key); its printed answer. */
  cli(...args: string[]): string;
  /** Kill it and remove its folder. */
  remove(): void;
}

/** Polls `check` every 50 ms until it holds; throws after 20 s. */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function testRedis(): TestRedis {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-redis-'));
  const socket = path.join(dir, 'redis.sock');
  let server: ChildProcess | undefined;
  const cli = (...args: string[]) => spawnSync('redis-cli', ['-s', socket, ...args], { encoding: 'utf8' }).stdout.trim();
  return {
    socket,
    url: `unix://${socket}`,
    cli,
    async start() {
      server = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
      await until(() => cli('ping') === 'PONG', 'redis-server to start');
    },
    kill() {
      server?.kill('SIGKILL');
    },
    remove() {
      server?.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
