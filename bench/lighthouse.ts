/**
 * Lighthouse 12.2.3, mobile (its default: Moto G Power emulation, simulated slow 4G and
 * 4× CPU slowdown), in Debian's Chromium, for home, a story, a case, a scam type, search
 * and the helper's answer, in both reader modes: 标准版 and 长辈版 (the reader-mode cookie
 * set the way a reader sets it, through /prefs?reader-mode=elder, before Lighthouse
 * opens its tab in the same browser).
 *
 *   npx tsx bench/lighthouse.ts [--stories 1000] [--runs 1] [--modes standard,elder]
 *   npx tsx bench/lighthouse.ts --base http://127.0.0.1:3300 --what "e2e build" --section lighthouse-e2e
 *   npx tsx bench/lighthouse.ts --base http://127.0.0.1:3300 --compare http://127.0.0.1:3301 \
 *     --label after --compare-label before --title "before and after" --section lighthouse-e2e
 *
 * By default it measures a corpus build through the deploy topology (deploy/start.sh:
 * nginx → server.ts). With --base it measures a server already running there instead
 * (pages of the bundled content, which the corpus and the e2e fixture both hold), and
 * --what says in RESULTS.md which build that is; --pages home,case measures only the pages
 * whose names start so. --compare URL (with --base, --compare-what and --label,
 * --compare-label to name both) measures an earlier build of the same content beside it,
 * in 标准版, run for run in turn, so both see the same load. With --runs N the median Performance
 * run of N is kept. Reports go to bench/.corpus/lighthouse/*.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PREFS, PREFS_PATH, READER_MODES, type ReaderModeId } from '../lib/site/reader-prefs';
import { CORPUS_ROOT } from './corpus';
import { serveCorpus } from './servers';
import { machine, option, PROJECT_ROOT, sleep, table, writeSection } from './util';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** What Lighthouse's own launcher (chrome-launcher) would pass, and what this machine needs. */
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--metrics-recording-only',
  '--password-store=basic',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-ipc-flooding-protection',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,RenderDocument',
];
const DEBUGGING_PORT = 9231;

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string; title: string; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

/** Answer of a URL on a new connection (see statusOf). */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/**
 * Status of a URL on a new connection. Not fetch(): Lighthouse runs block this process
 * for minutes (spawnSync), so fetch's pool would reuse a keep-alive socket nginx has
 * since closed, and the request would fail with "other side closed".
 */
async function statusOf(url: string): Promise<number> {
  return (await get(url)).status;
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A fresh Chromium (its own empty profile) for one Lighthouse run, in the reader mode
 * asked for. 长辈版 is chosen as a reader chooses it: the first tab opens
 * /prefs?reader-mode=elder, which sets the cookie and sends the tab home; Lighthouse
 * then opens its own tab in the same browser, cookie and all (it clears caches and
 * storage of the origin, never cookies).
 */
async function launchBrowser(base: string, mode: ReaderModeId): Promise<{ stop: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const start = mode === 'standard' ? 'about:blank' : `${base}${PREFS_PATH}?${PREFS.mode.cookie}=${mode}`;
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${DEBUGGING_PORT}`, `--user-data-dir=${profile}`, start], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone
    }
    await sleep(500);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const devtools = `http://127.0.0.1:${DEBUGGING_PORT}`;
    await waitUntil('Chromium', async () => (await get(`${devtools}/json/version`)).status === 200);
    if (mode !== 'standard') {
      // The cookie is set once /prefs has answered and the tab is back home.
      await waitUntil(`${start} to set the ${mode} cookie`, async () => {
        const tabs = JSON.parse((await get(`${devtools}/json/list`)).body) as { type: string; url: string }[];
        return tabs.some((tab) => tab.type === 'page' && tab.url === `${base}/`);
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

async function runLighthouse(url: string, out: string, base: string, mode: ReaderModeId): Promise<Report> {
  const browser = await launchBrowser(base, mode);
  try {
    fs.rmSync(out, { force: true });
    const result = spawnSync(
      path.join(PROJECT_ROOT, 'node_modules/.bin/lighthouse'),
      [url, '--output=json', `--output-path=${out}`, `--only-categories=${CATEGORIES.join(',')}`, `--port=${DEBUGGING_PORT}`, '--quiet'],
      { encoding: 'utf8', timeout: 240_000 },
    );
    if (!fs.existsSync(out)) throw new Error(`lighthouse failed for ${url}:\n${result.stdout}\n${result.stderr}`);
    return JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  } finally {
    await browser.stop();
  }
}

/** Audits that cost points in a category, worst first. */
function losses(report: Report, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(
      ({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative',
    )
    .map(({ ref, audit }) => `${ref.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`);
}

/** Pages of the bundled content, in the corpus and the e2e fixture alike. */
const BUNDLED_PAGES = {
  home: '/',
  'story (bundled, with cases)': '/news/telecom-fraud-crackdown',
  case: '/cases/credit-record-bait',
  'scam type': '/scams/impersonating-authorities',
  search: `/search?q=${encodeURIComponent('公检法')}`,
  'help (the helper’s answer)': `/help?q=${encodeURIComponent('对方自称公安局，让我视频配合调查')}`,
};

async function main() {
  const runs = Number(option('runs', '1'));
  const given = option('base');
  const compare = option('compare')?.replace(/\/$/, '');
  const modes = (option('modes', READER_MODES.map((m) => m.id).join(',')) ?? '').split(',') as ReaderModeId[];
  const unknownMode = modes.find((mode) => !READER_MODES.some((m) => m.id === mode));
  if (unknownMode) throw new Error(`unknown mode ${unknownMode}: ${READER_MODES.map((m) => m.id).join(', ')}`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  if (compare && !given) throw new Error('--compare needs --base: both servers must serve the same content');
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

  let base: string;
  let pages: Record<string, string>;
  let what: string;
  let stopServer = async () => {};
  if (given) {
    base = given.replace(/\/$/, '');
    pages = BUNDLED_PAGES;
    what = `the server at ${base}: ${option('what', 'a running production server')}`;
  } else {
    const stories = Number(option('stories', '1000'));
    const server = await serveCorpus(stories, { via: 'deploy', port: 8094 });
    base = server.base;
    stopServer = server.stop;
    const { home, ...rest } = BUNDLED_PAGES;
    pages = { home, story: `/news/${server.corpus.newestStory}`, ...rest, case: `/cases/${server.corpus.caseSlug}` };
    what = `deploy/start.sh (nginx → server.ts) on loopback, build of ${stories.toLocaleString('en-US')} stories`;
  }
  const builds = [
    ...(compare ? [{ name: option('compare-label', 'before')!, base: compare, modes: ['standard' as const] }] : []),
    { name: option('label', 'this build')!, base, modes },
  ];

  const reports = path.join(CORPUS_ROOT, 'lighthouse');
  fs.mkdirSync(reports, { recursive: true });
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    const only = option('pages')?.split(',');
    for (const [name, route] of Object.entries(pages)) {
      if (only && !only.some((prefix) => name.startsWith(prefix))) continue;
      const variants = builds.flatMap((build) => build.modes.map((mode) => ({ build, mode, label: READER_MODES.find((m) => m.id === mode)!.label })));
      const missing = [];
      for (const { build } of variants) if ((await statusOf(`${build.base}${route}`)) === 404) missing.push(build.name);
      if (missing.length) {
        notes.push(`${name}: ${route} answers 404 (${missing.join(', ')}), skipped`);
        continue;
      }
      // Run by run, every variant in turn, so that each sees the same load on this shared machine.
      const all: Report[][] = variants.map(() => []);
      for (let run = 0; run < runs; run++) {
        for (const [index, { build, mode, label }] of variants.entries()) {
          for (let failures = 0; ;) {
            console.log(`==> lighthouse ${name}, ${builds.length > 1 ? `${build.name}, ` : ''}${label} (${run + 1}/${runs})`);
            const file = `${name}-${builds.length > 1 ? `${build.name}-` : ''}${mode}-${run + 1}`.replace(/\W+/g, '-');
            const report = await runLighthouse(`${build.base}${route}`, path.join(reports, `${file}.json`), build.base, mode);
            // A run whose trace failed (NO_NAVSTART and the like) has no scores: run it again.
            if (!report.runtimeError) {
              all[index]!.push(report);
              console.log(`    ${CATEGORIES.map((c) => `${c} ${Math.round((report.categories[c]?.score ?? 0) * 100)}`).join(', ')}`);
              break;
            }
            console.log(`    ${report.runtimeError.message}`);
            if (++failures > 3) throw new Error(`lighthouse kept failing for ${build.base}${route}`);
          }
        }
      }
      for (const [index, { build, label }] of variants.entries()) {
        const performance = (r: Report) => Math.round((r.categories.performance?.score ?? 0) * 100);
        const sorted = [...all[index]!].sort((a, b) => performance(a) - performance(b));
        const report = sorted[Math.floor(sorted.length / 2)]!;
        const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
        const metric = (id: string) => report.audits[id]?.displayValue ?? '–';
        rows.push([
          name,
          ...(builds.length > 1 ? [build.name] : []),
          label,
          ...CATEGORIES.map(score),
          sorted.map(performance).join(', '),
          metric('first-contentful-paint'),
          metric('largest-contentful-paint'),
          metric('total-blocking-time'),
          metric('cumulative-layout-shift'),
          metric('speed-index'),
        ]);
        for (const category of CATEGORIES) {
          if (score(category) < TARGETS[category])
            notes.push(
              `${name}, ${builds.length > 1 ? `${build.name}, ` : ''}${label}, ${category} ${score(category)} (target ${TARGETS[category]}): ${losses(report, category).join(', ') || 'no single audit'}`,
            );
        }
      }
    }
  } finally {
    await stopServer();
  }
  const header = [
    'page',
    ...(builds.length > 1 ? ['build'] : []),
    'mode',
    'Performance',
    'Accessibility',
    'Best Practices',
    'SEO',
    'Performance, every run',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'Speed Index',
  ];
  const servers = compare
    ? `${builds[1]!.name}: ${what}; ${builds[0]!.name}: the server at ${compare}: ${option('compare-what', 'an earlier build')} (标准版 only), its runs interleaved with the other's`
    : what;
  writeSection(
    option('section', 'lighthouse')!,
    `## Lighthouse (mobile)${given ? `: ${option('title', option('what', base))}` : ''}\n\n${machine()}; load average at the start ${loadAtStart}\n\n${table(header, rows)}\n\n` +
      `Lighthouse 12.2.3 defaults (mobile emulation, simulated throttling) in ${CHROMIUM} (\`--headless=new --no-sandbox --disable-gpu\`), one fresh profile a run; 长辈版 set through ${PREFS_PATH}?${PREFS.mode.cookie}=elder first. Server: ${servers}; ${runs === 1 ? 'one run each' : `the run of median Performance of ${runs} is shown`}. Reports: bench/.corpus/lighthouse/.\n\n` +
      (notes.length ? `Below target:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : 'Every score meets its target (Performance ≥ 98, the rest 100).\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
