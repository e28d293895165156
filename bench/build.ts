/**
 * `next build` of a synthetic corpus: wall time and peak memory of the whole process
 * tree (the CLI and its build workers), pages prerendered, output size.
 *
 *   npx tsx bench/build.ts [--stories 1000,10000] [--keep]
 *
 * Builds into .next-bench-<N> (never .next), with CONTENT_DIR pointing at
 * bench/.corpus/stories-<N>. Next adds the new dist dir's type folders to
 * tsconfig.json; the file is restored afterwards. --keep leaves the build for the
 * serve, weight and lighthouse steps (they build what they need themselves otherwise).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCorpus, type CorpusInfo } from './corpus';
import { keepRows, machine, mb, measuredOn, option, PROJECT_ROOT, runMeasured, seconds, table, today, writeSection, type MeasuredRun } from './util';

export const distDirFor = (stories: number) => `.next-bench-${stories}`;

export interface BuildResult extends MeasuredRun {
  corpus: CorpusInfo;
  distDir: string;
  pages: number | undefined;
  /** Phases as next build reports them: compile, TypeScript, static generation */
  phases: { compile?: string; typescript?: string; generate?: string };
  distBytes: number;
  /** 1-minute load average before and after: the machine is shared */
  loadAverage: string;
  prerenderedHtml: number;
}

function duBytes(dir: string): number {
  try {
    return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
  } catch {
    return 0;
  }
}

function countFiles(dir: string, suffix: string): number {
  if (!fs.existsSync(dir)) return 0;
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(suffix)) count++;
  return count;
}

/** Builds the corpus of `stories` into its own dist dir; tsconfig.json is restored whatever happens. */
export async function buildCorpus(stories: number, { echo = false } = {}): Promise<BuildResult> {
  const corpus = ensureCorpus({ stories });
  const distDir = distDirFor(stories);
  const tsconfig = path.join(PROJECT_ROOT, 'tsconfig.json');
  const saved = fs.readFileSync(tsconfig);
  try {
    fs.rmSync(path.join(PROJECT_ROOT, distDir), { recursive: true, force: true });
    const loadBefore = os.loadavg()[0] as number;
    const run = await runMeasured(path.join(PROJECT_ROOT, 'node_modules/.bin/next'), ['build'], {
      cwd: PROJECT_ROOT,
      echo,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: path.relative(PROJECT_ROOT, corpus.dir),
        NEXT_DIST_DIR: distDir,
      },
    });
    if (run.code !== 0) throw new Error(`next build of ${stories} stories failed:\n${run.output.slice(-4000)}`);
    const pages = [...run.output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)].pop()?.[2];
    fs.mkdirSync(path.dirname(corpus.dir), { recursive: true });
    fs.writeFileSync(path.join(path.dirname(corpus.dir), `build-${stories}.log`), run.output);
    const phases = {
      compile: /Compiled successfully in ([\d.]+(?:min|ms|s))/.exec(run.output)?.[1],
      typescript: /Finished TypeScript in ([\d.]+(?:min|ms|s))/.exec(run.output)?.[1],
      generate: /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+(?:min|ms|s))/.exec(run.output)?.[1],
    };
    return {
      ...run,
      corpus,
      distDir,
      pages: pages ? Number(pages) : undefined,
      phases,
      loadAverage: `${loadBefore.toFixed(1)} → ${(os.loadavg()[0] as number).toFixed(1)}`,
      distBytes: duBytes(path.join(PROJECT_ROOT, distDir)),
      prerenderedHtml: countFiles(path.join(PROJECT_ROOT, distDir, 'server', 'app'), '.html'),
    };
  } finally {
    fs.writeFileSync(tsconfig, saved);
  }
}

export function buildRow(result: BuildResult): (string | number)[] {
  return [
    result.corpus.stories.toLocaleString('en-US'),
    seconds(result.wallMs),
    [result.phases.compile, result.phases.typescript, result.phases.generate].map((p) => p ?? '?').join(' / '),
    mb(result.peakTreeRss),
    mb(result.peakProcessRss),
    result.peakProcesses,
    result.pages ?? '?',
    result.prerenderedHtml,
    mb(result.distBytes),
    result.loadAverage,
  ];
}

export const BUILD_HEADER = [
  'stories',
  'wall time',
  'compile / TypeScript / prerender',
  'peak RSS, process tree',
  'peak RSS, largest process',
  'processes',
  'static pages',
  'HTML files',
  'dist size',
  'load avg (1 min) before → after',
];

async function main() {
  const sizes = (option('stories', '1000,10000') as string).split(',').map(Number);
  const label = option('label', 'ISR: newest 500 stories prerendered') as string;
  const updates: { key: string; row: (string | number)[] }[] = [];
  for (const stories of sizes) {
    console.log(`==> next build, ${stories} stories`);
    const result = await buildCorpus(stories, { echo: process.argv.includes('--verbose') });
    console.log(`    ${seconds(result.wallMs)}, peak ${mb(result.peakTreeRss)} (tree), ${result.pages} static pages`);
    updates.push({ key: `${label} ${String(stories).padStart(7, '0')} ${today()}`, row: [label, ...buildRow(result), measuredOn()] });
    if (!process.argv.includes('--keep')) fs.rmSync(path.join(PROJECT_ROOT, result.distDir), { recursive: true, force: true });
  }
  const rows = keepRows('build', updates);
  writeSection(
    'build',
    `## next build\n\n${machine()}\n\n${table(['build', ...BUILD_HEADER, 'measured'], rows)}\n\nWall time of \`next build\` (compile, page data, prerendering, traces) with \`CONTENT_DIR=bench/.corpus/stories-N\`; memory sampled every 200 ms over the CLI and all its workers. Run: \`npm run bench -- build [--stories 1000,10000]\`. The “before” rows are the code without ISR and the content cache (every story, list page and archive page prerendered; content parsed by every module copy that needed it). Rows come from different days and machines (the last cell), and the machine is shared: compare rows of one day.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'build.ts'))) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
