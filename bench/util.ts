/** Shared helpers of the benchmark steps: process-tree memory, timing, RESULTS.md sections. */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.dirname(BENCH_DIR);
export const RESULTS_FILE = path.join(BENCH_DIR, 'RESULTS.md');
export const MB = 1024 * 1024;

export const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const PAGE_SIZE = 4096;

/** Resident memory of a process (bytes), from /proc; 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Every descendant of `root` (and root itself). */
/** Bytes as kilobytes with one decimal, as RESULTS.md writes them. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(entry));
      parents.set(ppid, list);
    } catch {
      // gone already
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i] as number) ?? []));
  return tree;
}

export interface MeasuredRun {
  code: number | null;
  wallMs: number;
  /** Highest sum of resident memory over the whole process tree, sampled every 200 ms */
  peakTreeRss: number;
  /** Highest resident memory of any one process of the tree */
  peakProcessRss: number;
  /** Most processes alive at once */
  peakProcesses: number;
  output: string;
}

/** Runs a command, sampling the memory of its whole process tree. */
export function runMeasured(command: string, args: string[], options: SpawnOptions & { echo?: boolean } = {}): Promise<MeasuredRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stdout.write(chunk);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    let peakTreeRss = 0;
    let peakProcessRss = 0;
    let peakProcesses = 0;
    const sample = () => {
      if (!child.pid) return;
      const tree = processTree(child.pid);
      const sizes = tree.map(rssOf);
      peakTreeRss = Math.max(
        peakTreeRss,
        sizes.reduce((a, b) => a + b, 0),
      );
      peakProcessRss = Math.max(peakProcessRss, ...sizes);
      peakProcesses = Math.max(peakProcesses, sizes.filter(Boolean).length);
    };
    const timer = setInterval(sample, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, wallMs: performance.now() - started, peakTreeRss, peakProcessRss, peakProcesses, output });
    });
  });
}

export function machine(): string {
  const cpus = os.cpus();
  const version = (cmd: string, args: string[]) => {
    const out = spawnSync(cmd, args, { encoding: 'utf8' });
    if (out.error) return `${path.basename(cmd)} missing`;
    return (
      `${out.stdout}\n${out.stderr}`
        .split('\n')
        .map((line) => line.trim())
        .find(Boolean) ?? '?'
    );
  };
  const pkg = (name: string) => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'missing';
    }
  };
  return [
    `${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (shared machine)`,
    `node ${process.version}, next ${pkg('next')}, react ${pkg('react')}, autocannon ${pkg('autocannon')}, lighthouse ${pkg('lighthouse')}, ${version('nginx', ['-v'])}, ${version('wrk', ['-v']).replace(/ Copyright.*/, '')}, ${version('/usr/bin/chromium', ['--version'])}`,
  ].join('; ');
}

/**
 * Replaces (or appends) the block between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`
 * in bench/RESULTS.md. Everything else in the file (the search engineer's `## Search`
 * section, notes written by hand) is left as it is.
 */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let text = fs.existsSync(RESULTS_FILE) ? fs.readFileSync(RESULTS_FILE, 'utf8') : '# Benchmark results\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from !== -1 && to > from) text = text.slice(0, from) + block + text.slice(to + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(RESULTS_FILE, text.endsWith('\n') ? text : `${text}\n`);
  console.log(`bench/RESULTS.md: section “${name}” written`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `url` answers (any status below 500). */
export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function option(name: string, fallback?: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

export function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

// Committed, so earlier runs' rows (other machines, other days) survive a fresh clone.
const ROWS_FILE = path.join(BENCH_DIR, 'results-rows.json');

/**
 * Table rows kept between runs (bench/results-rows.json), so measuring one size again
 * replaces that size's row and keeps the others: `key` identifies a row within `table`.
 */
export function keepRows(tableName: string, updates: { key: string; row: (string | number)[] }[]): (string | number)[][] {
  let all: Record<string, Record<string, (string | number)[]>> = {};
  try {
    all = JSON.parse(fs.readFileSync(ROWS_FILE, 'utf8')) as typeof all;
  } catch {
    // first run
  }
  const rows = (all[tableName] ??= {});
  for (const { key, row } of updates) rows[key] = row;
  fs.mkdirSync(path.dirname(ROWS_FILE), { recursive: true });
  fs.writeFileSync(ROWS_FILE, `${JSON.stringify(all, null, 1)}\n`);
  return Object.entries(rows)
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, row]) => row);
}

export const today = () => new Date().toISOString().slice(0, 10);

/** The date and CPU model, for a row's "measured" cell: rows from different runs and machines share a table. */
export const measuredOn = () => `${today()}, ${(os.cpus()[0]?.model ?? '?').replace(/\s*(Processor|CPU|\d+-Core).*$/i, '').trim()}`;
