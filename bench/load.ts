/**
 * Content load + validate + render, per corpus size, each measurement in a fresh
 * process (peak RSS is the process's own high-water mark):
 *   - parse:       loadContent(dir) — read, validate, cross-check, render every body,
 *                  everything kept in memory (what every build worker and server
 *                  process did before the content cache);
 *   - store, cold: getContent() in production with an empty content cache — the same
 *                  parse, each file's outcome written to CONTENT_CACHE_DIR as it is parsed;
 *   - store, warm: getContent() in a second process — every file hashed, its outcome
 *                  read from the cache (what a build's other workers, the next build and
 *                  `next start` do); bodies are read on demand.
 *
 *   npx tsx bench/load.ts [--stories 1000,10000,100000] [--modes parse,cold,warm]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpus';
import { CORPUS_ROOT } from './corpus';
import { keepRows, machine, mb, measuredOn, option, PROJECT_ROOT, seconds, table, today, writeSection } from './util';

const MODES = { parse: 'parse (loadContent)', cold: 'store, cold cache', warm: 'store, warm cache' } as const;
type Mode = keyof typeof MODES;

interface ChildResult {
  ms: number;
  stories: number;
  problems: number;
  peakRss: number;
  retainedRss: number;
  cacheBytes: number;
  bodyReadMs: number;
}

async function child(mode: Mode, dir: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const started = performance.now();
  let stories = 0;
  let problems = 0;
  let bodyReadMs = 0;
  if (mode === 'parse') {
    const { loadContent } = await import('../lib/content/load');
    const result = loadContent(dir);
    stories = result.content.stories.length;
    problems = result.problems.length;
  } else {
    const { getContent, previewProblems } = await import('../lib/content/store');
    const content = getContent();
    stories = content.stories.length;
    problems = previewProblems().length;
    // What a story page costs on top: one body from the cache.
    const t0 = performance.now();
    const sample = content.stories.slice(0, 100);
    for (const story of sample) void story.body.read().segments;
    bodyReadMs = (performance.now() - t0) / Math.max(1, sample.length);
  }
  const ms = performance.now() - started;
  gc();
  gc();
  const cacheDir = process.env.CONTENT_CACHE_DIR ?? '';
  const cacheBytes =
    mode !== 'parse' && fs.existsSync(cacheDir)
      ? fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => sum + fs.statSync(path.join(cacheDir, name)).size, 0)
      : 0;
  const result: ChildResult = {
    ms,
    stories,
    problems,
    peakRss: process.resourceUsage().maxRSS * 1024,
    retainedRss: process.memoryUsage().rss,
    cacheBytes,
    bodyReadMs,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

function run(mode: Mode, dir: string, cacheDir: string): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', script, '--child', mode, '--dir', dir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: mode === 'parse' ? 'test' : 'production', CONTENT_CACHE_DIR: cacheDir, CONTENT_CACHE: 'on', CONTENT_DIR: dir },
  });
  const line = out.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`load ${mode} failed:\n${out.stdout}\n${out.stderr}`);
  return JSON.parse(line.slice('RESULT '.length)) as ChildResult;
}

async function main() {
  const childMode = option('child') as Mode | undefined;
  if (childMode) return child(childMode, option('dir') as string);
  const sizes = (option('stories', '1000,10000,100000') as string).split(',').map(Number);
  const modes = (option('modes', 'parse,cold,warm') as string).split(',') as Mode[];
  const updates: { key: string; row: (string | number)[] }[] = [];
  for (const stories of sizes) {
    const corpus = ensureCorpus({ stories });
    // A content cache of its own, empty for the cold run.
    const cacheDir = path.join(CORPUS_ROOT, `load-cache-${stories}`);
    fs.rmSync(cacheDir, { recursive: true, force: true });
    for (const mode of modes) {
      console.log(`==> ${stories} stories: ${MODES[mode]}`);
      const r = run(mode, corpus.dir, cacheDir);
      console.log(`    ${seconds(r.ms)}, peak ${mb(r.peakRss)}, retained ${mb(r.retainedRss)}, ${r.problems} problems`);
      updates.push({
        key: `${String(stories).padStart(7, '0')} ${Object.keys(MODES).indexOf(mode)} ${today()}`,
        row: [
          stories.toLocaleString('en-US'),
          MODES[mode],
          seconds(r.ms),
          `${((r.ms * 1000) / stories).toFixed(0)} µs`,
          mb(r.peakRss),
          mb(r.retainedRss),
          r.cacheBytes ? mb(r.cacheBytes) : '–',
          r.bodyReadMs ? `${(r.bodyReadMs * 1000).toFixed(0)} µs` : '–',
          r.problems,
          measuredOn(),
        ],
      });
    }
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  const rows = keepRows('load', updates);
  writeSection(
    'load',
    `## Content load + validate + render\n\n${machine()}\n\n${table(
      ['stories', 'what', 'time', 'per story', 'peak RSS', 'RSS after (gc)', 'cache files', 'one body read', 'problems', 'measured'],
      rows,
    )}\n\nEach row is a fresh process (\`npx tsx bench/load.ts\`; corpus: \`bench/corpus.ts\`, ~2.4 KB of Markdown a story, N/100 cases, 9 scam types). “parse” is what every build worker and server process paid before; “cold” is the one parse a corpus costs (each file's outcome written to the content cache); “warm” is every other process: each file hashed and its outcome read from the cache.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
