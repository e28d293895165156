/**
 * npm run bench [-- step … [options]]
 *
 * Steps (each runs alone; without a step, all of them in this order):
 *   corpus      write the synthetic corpora (bench/.corpus/stories-N, gitignored)
 *   load        content load + validate + render, 1,000 / 10,000 / 100,000 stories
 *   build       next build wall time and peak memory, 1,000 and 10,000 stories
 *   serve       req/s and p50/p99: server.ts alone, nginx → next (deploy/), nginx static file; spike rows
 *   weight      client JS and HTML per route type (bench/page-weight.ts)
 *   lighthouse  Lighthouse 12.2.3 mobile scores
 *   verify      every archive page answers (200, then 404 past the end), sitemap lastmod
 *   search      the search engineer's benchmark (bench/search/run.ts), printed only
 *   share       share cards: time to draw and size of each kind (bench/share-cards.ts)
 *   publish     rebuilds (full, nothing changed, one file changed) and publish latency
 *               through nginx, 10,000 and 100,000 stories (bench/publish.ts)
 * Options are passed to every step, e.g. --stories 1000,10000 (load, build) or
 * --stories 1000 (serve, weight, lighthouse), --duration 8, --runs 3.
 * Each step writes its own section of bench/RESULTS.md and leaves the others.
 * Needs: nginx and wrk (apt-get install nginx wrk brotli), Debian's chromium.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BENCH_DIR, PROJECT_ROOT } from './util';

const STEPS: Record<string, { script: string; defaults: string[] }> = {
  corpus: { script: 'corpus.ts', defaults: [] },
  load: { script: 'load.ts', defaults: ['--stories', '1000,10000,100000'] },
  build: { script: 'build.ts', defaults: ['--stories', '1000,10000', '--keep'] },
  serve: { script: 'serve.ts', defaults: ['--stories', '1000'] },
  weight: { script: 'weight.ts', defaults: ['--stories', '1000'] },
  lighthouse: { script: 'lighthouse.ts', defaults: ['--stories', '1000'] },
  verify: { script: 'verify.ts', defaults: ['--stories', '1000'] },
  search: { script: path.join('search', 'run.ts'), defaults: [] },
  share: { script: 'share-cards.ts', defaults: ['--stories', '1000'] },
  publish: { script: 'publish.ts', defaults: ['--stories', '10000,100000'] },
};

const args = process.argv.slice(2);
const steps = args.filter((arg) => arg in STEPS);
const options = args.filter((arg) => !(arg in STEPS));
const unknown = options.filter((arg, i) => !arg.startsWith('--') && !options[i - 1]?.startsWith('--'));
if (unknown.length) {
  console.error(`Unknown step ${unknown.join(', ')}; steps: ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}

const chosen = steps.length ? steps : ['load', 'build', 'serve', 'weight', 'lighthouse', 'verify'];
for (const step of chosen) {
  const { script, defaults } = STEPS[step]!;
  const given = new Set(options.filter((o) => o.startsWith('--')));
  const merged = [
    ...defaults.filter((d, i) => !(d.startsWith('--') && given.has(d)) && !(i > 0 && defaults[i - 1]!.startsWith('--') && given.has(defaults[i - 1]!))),
    ...options,
  ];
  const stepArgs = step === 'corpus' ? ['--stories', options[options.indexOf('--stories') + 1] ?? '1000'] : merged;
  console.log(`\n### bench ${step}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, script), ...stepArgs], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bench ${step} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}
