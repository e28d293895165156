/**
 * Lighthouse 12.2.3, mobile (its default: Moto G Power emulation, simulated slow 4G and
 * 4× CPU slowdown), for home, a story, a case and search, through the deploy topology
 * (deploy/start.sh: nginx → server.ts) of a corpus build, in Debian's Chromium.
 *
 *   npx tsx bench/lighthouse.ts [--stories 1000] [--runs 1]
 *
 * With --runs N the median Performance run of N is kept. Reports go to
 * bench/.corpus/lighthouse/*.json.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CORPUS_ROOT } from './corpus';
import { serveCorpus } from './servers';
import { machine, option, PROJECT_ROOT, table, writeSection } from './util';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string; title: string; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

function runLighthouse(url: string, out: string): Report {
  const result = spawnSync(
    path.join(PROJECT_ROOT, 'node_modules/.bin/lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      '--quiet',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 240_000 },
  );
  if (!fs.existsSync(out)) throw new Error(`lighthouse failed for ${url}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
}

/**
 * Status of a URL on a new connection. Not fetch(): Lighthouse runs block this process
 * for minutes (spawnSync), so fetch's pool would reuse a keep-alive socket nginx has
 * since closed, and the request would fail with "other side closed".
 */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
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

async function main() {
  const stories = Number(option('stories', '1000'));
  const runs = Number(option('runs', '1'));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const server = await serveCorpus(stories, { via: 'deploy', port: 8094 });
  const reports = path.join(CORPUS_ROOT, 'lighthouse');
  fs.mkdirSync(reports, { recursive: true });
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    const pages = {
      home: '/',
      story: `/news/${server.corpus.newestStory}`,
      'story (bundled, with cases)': '/news/telecom-fraud-crackdown',
      case: `/cases/${server.corpus.caseSlug}`,
      search: `/search?q=${encodeURIComponent('公检法')}`,
    };
    for (const [name, route] of Object.entries(pages)) {
      const url = `${server.base}${route}`;
      const status = await statusOf(url);
      if (status === 404) {
        notes.push(`${name}: ${route} answers 404, skipped`);
        continue;
      }
      const all: Report[] = [];
      for (let run = 0; run < runs; run++) {
        console.log(`==> lighthouse ${name} (${run + 1}/${runs})`);
        all.push(runLighthouse(url, path.join(reports, `${name.replace(/\W+/g, '-')}-${run + 1}.json`)));
      }
      all.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const report = all[Math.floor(all.length / 2)] as Report;
      const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
      const metric = (id: string) => report.audits[id]?.displayValue ?? '–';
      rows.push([
        name,
        ...CATEGORIES.map(score),
        metric('first-contentful-paint'),
        metric('largest-contentful-paint'),
        metric('total-blocking-time'),
        metric('cumulative-layout-shift'),
        metric('speed-index'),
      ]);
      for (const category of CATEGORIES) {
        if (score(category) < TARGETS[category])
          notes.push(`${name}, ${category} ${score(category)} (target ${TARGETS[category]}): ${losses(report, category).join(', ') || 'no single audit'}`);
      }
      console.log(`    ${CATEGORIES.map((c) => `${c} ${score(c)}`).join(', ')}`);
    }
  } finally {
    await server.stop();
  }
  writeSection(
    'lighthouse',
    `## Lighthouse (mobile)\n\n${machine()}\n\n${table(['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index'], rows)}\n\n` +
      `Lighthouse 12.2.3 defaults (mobile emulation, simulated throttling) in ${CHROMIUM} (\`--headless=new --no-sandbox --disable-gpu\`), through deploy/start.sh (nginx → server.ts) on loopback, build of ${stories.toLocaleString('en-US')} stories, ${runs === 1 ? 'one run each' : `median Performance of ${runs} runs`}. Reports: bench/.corpus/lighthouse/.\n\n` +
      (notes.length ? `Below target:\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : 'Every score meets its target (Performance ≥ 98, the rest 100).\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
