/**
 * Requests/s and latency, all in one run so the ratios compare like with like:
 *   - nginx serving the prerendered HTML file of a story (the static-file limit);
 *   - the deploy topology (deploy/start.sh: nginx proxy cache in front of server.ts);
 *   - next alone: server.ts (`npm start`), the same process the topology uses, addressed directly;
 *   - a bare Next page (a one-line static page built with the same Next) under next start.
 * Routes: a recent story (prerendered), an archive story (rendered on first request,
 * then cached), home, a case, and search (/search?q=公检法, skipped if it answers 404).
 * Each is measured without compression and with Accept-Encoding: gzip.
 * Then the spike rows: one trending URL each for search, the helper and /api/search,
 * from 200 connections for 30 s through nginx (bench/http-load.ts --spike), starting
 * with nothing cached, and search once more against server.ts alone for comparison.
 *
 *   npx tsx bench/serve.ts [--stories 1000] [--duration 8] [--connections 64] [--tool wrk|autocannon]
 *                          [--spike-connections 200] [--spike-duration 30] [--only spike]
 *
 * Needs Debian's nginx and (preferably) wrk: `apt-get install nginx wrk brotli`; without
 * wrk, autocannon (npm, devDependency) is used. Everything listens on 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus, distDirFor } from './build';
import { spike, type LoadResult } from './http-load';
import { CORPUS_ROOT, ensureCorpus } from './corpus';
import { machine, option, PROJECT_ROOT, sleep, table, waitFor, writeSection } from './util';

const PORTS = { deploy: 8091, deployNext: 3291, static: 8092, bare: 3292 };

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytesPerRequest: number;
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** wrk's duration like 1.23ms / 456.00us / 1.20s → ms */
function wrkMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return NaN;
  const n = Number(match[1]);
  return match[2] === 'us' ? n / 1000 : match[2] === 's' ? n * 1000 : n;
}

function wrkBytes(value: string): number {
  const match = /^([\d.]+)([KMG]?B)$/.exec(value.trim());
  if (!match) return NaN;
  return Number(match[1]) * ({ B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as Record<string, number>)[match[2] as string]!;
}

async function measure(url: string, gzip: boolean, tool: string, duration: number, connections: number): Promise<Load> {
  if (tool === 'wrk') {
    const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', ...(gzip ? ['-H', 'Accept-Encoding: gzip'] : []), url];
    const out = spawnSync('wrk', args, { encoding: 'utf8' });
    const text = out.stdout;
    const requests = Number(/(\d+) requests in/.exec(text)?.[1] ?? 0);
    const errors =
      Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0) +
      [...text.matchAll(/(connect|read|write|timeout) (\d+)/g)].reduce((s, m) => s + Number(m[2]), 0);
    const read = wrkBytes(/requests in [^,]+, ([\d.]+[KMG]?B) read/.exec(text)?.[1] ?? '0B');
    return {
      rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1] ?? 0),
      p50: wrkMs(/ 50%\s+(\S+)/.exec(text)?.[1] ?? ''),
      p99: wrkMs(/ 99%\s+(\S+)/.exec(text)?.[1] ?? ''),
      errors,
      bytesPerRequest: requests ? read / requests : 0,
    };
  }
  const autocannon = (await import('autocannon')).default;
  const result = await autocannon({ url, connections, duration, headers: gzip ? { 'accept-encoding': 'gzip' } : {} });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    bytesPerRequest: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

/**
 * A minimal Next app (one static page) built with the project's Next, as the floor to
 * compare with. It lives in /tmp (inside the project, Next would pick up the project's
 * own instrumentation.ts), with node_modules linked to the project's.
 */
function bareNext(): string {
  const dir = path.join(os.tmpdir(), 'bench-bare-next');
  if (fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.js'),
    'export default function Layout({ children }) {\n  return (\n    <html lang="zh-CN">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  fs.writeFileSync(path.join(dir, 'app', 'page.js'), 'export default function Page() {\n  return <h1>你好</h1>;\n}\n');
  // The linked node_modules lies outside the app folder: let Turbopack read from /.
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), "export default { turbopack: { root: '/' } };\n");
  console.log('==> building the bare Next page');
  const out = spawnSync(path.join(dir, 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' },
  });
  if (out.status !== 0) throw new Error(`bare Next build failed:\n${out.stdout}\n${out.stderr}`);
  return dir;
}

function startGroup(command: string, args: string[], options: Parameters<typeof spawn>[2]): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  return child;
}

function stopGroup(child: ChildProcess | undefined): void {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

function staticNginxConf(root: string, runDir: string): string {
  return `worker_processes auto;
pid ${runDir}/nginx.pid;
error_log ${runDir}/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    open_file_cache max=20000 inactive=60s;
    open_file_cache_valid 60s;
    client_body_temp_path ${runDir}/client_body;
    proxy_temp_path ${runDir}/proxy_temp;
    fastcgi_temp_path ${runDir}/fastcgi_temp;
    uwsgi_temp_path ${runDir}/uwsgi_temp;
    scgi_temp_path ${runDir}/scgi_temp;
    server {
        listen 127.0.0.1:${PORTS.static} backlog=4096;
        root ${root};
        location / {
            default_type text/html;
            gzip_static on;
            gzip_vary on;
        }
    }
}
`;
}

async function main() {
  const stories = Number(option('stories', '1000'));
  const duration = Number(option('duration', '8'));
  const connections = Number(option('connections', '64'));
  const tool = option('tool', has('wrk') ? 'wrk' : 'autocannon') as string;
  if (!has('nginx')) throw new Error('nginx is missing: apt-get install nginx (and wrk, brotli)');
  const corpus = ensureCorpus({ stories });
  const distDir = distDirFor(stories);
  if (!fs.existsSync(path.join(PROJECT_ROOT, distDir, 'BUILD_ID'))) {
    console.log(`==> no build in ${distDir}: building`);
    await buildCorpus(stories);
  }
  const bareDir = bareNext();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: path.relative(PROJECT_ROOT, corpus.dir),
    NEXT_DIST_DIR: distDir,
  } as NodeJS.ProcessEnv;

  // The static twin: the very file Next prerendered, and its gzip.
  const staticRoot = path.join(CORPUS_ROOT, 'nginx-static');
  fs.rmSync(staticRoot, { recursive: true, force: true });
  fs.mkdirSync(path.join(staticRoot, 'run'), { recursive: true });
  fs.mkdirSync(path.join(staticRoot, 'www'), { recursive: true });
  const storyPath = `/news/${corpus.newestStory}`;
  const htmlFile = path.join(PROJECT_ROOT, distDir, 'server', 'app', 'news', `${corpus.newestStory}.html`);
  fs.copyFileSync(htmlFile, path.join(staticRoot, 'www', 'story.html'));
  spawnSync('gzip', ['-k', '-6', '-n', path.join(staticRoot, 'www', 'story.html')]);
  fs.writeFileSync(path.join(staticRoot, 'nginx.conf'), staticNginxConf(path.join(staticRoot, 'www'), path.join(staticRoot, 'run')));

  let deploy: ChildProcess | undefined;
  let staticNginx: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  const rows: (string | number)[][] = [];
  const spikeRows: (string | number)[][] = [];
  const spikeConnections = Number(option('spike-connections', '200'));
  const spikeDuration = Number(option('spike-duration', '30'));
  const spikeOnly = option('only', '') === 'spike';
  const figures = new Map<string, Load>();
  try {
    deploy = startGroup('bash', ['deploy/start.sh'], {
      cwd: PROJECT_ROOT,
      env: { ...env, PORT: String(PORTS.deploy), NEXT_PORT: String(PORTS.deployNext), RUN_DIR: path.join(CORPUS_ROOT, 'deploy-run') },
    });
    staticNginx = startGroup(
      'nginx',
      ['-c', path.join(staticRoot, 'nginx.conf'), '-p', path.join(staticRoot, 'run'), '-e', path.join(staticRoot, 'run', 'error.log'), '-g', 'daemon off;'],
      {},
    );
    bare = startGroup(path.join(bareDir, 'node_modules/.bin/next'), ['start', '-p', String(PORTS.bare), '-H', '127.0.0.1'], {
      cwd: bareDir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: '' },
    });
    const deployBase = `http://127.0.0.1:${PORTS.deploy}`;
    const nextBase = `http://127.0.0.1:${PORTS.deployNext}`;
    await waitFor(`${deployBase}/robots.txt`, 300_000);
    await waitFor(`http://127.0.0.1:${PORTS.static}/story.html`);
    await waitFor(`http://127.0.0.1:${PORTS.bare}/`);

    const routes: { name: string; path: string }[] = [
      { name: 'story (recent, prerendered)', path: storyPath },
      { name: 'story (archive, ISR)', path: `/news/${corpus.oldestStory}` },
      { name: 'home', path: '/' },
      { name: 'case', path: `/cases/${corpus.caseSlug}` },
      { name: 'search 公检法', path: `/search?q=${encodeURIComponent('公检法')}` },
    ];
    const targets: { route: string; server: string; url: string }[] = [
      { route: routes[0]!.name, server: 'nginx, static file', url: `http://127.0.0.1:${PORTS.static}/story.html` },
      { route: routes[0]!.name, server: 'bare Next page, next start', url: `http://127.0.0.1:${PORTS.bare}/` },
    ];
    for (const route of routes) {
      const status = (await fetch(`${nextBase}${route.path}`)).status;
      if (status === 404) {
        console.log(`    skipping ${route.name}: ${route.path} answers 404`);
        continue;
      }
      targets.push({ route: route.name, server: 'nginx → next (deploy/)', url: `${deployBase}${route.path}` });
      targets.push({ route: route.name, server: 'next alone (server.ts)', url: `${nextBase}${route.path}` });
    }
    // --only spike: the spike rows alone (their own section of RESULTS.md).
    if (spikeOnly) targets.length = 0;
    // Warm every cache (Next's ISR cache for the archive story, nginx's page cache) in both encodings.
    for (const target of targets)
      for (const encoding of ['gzip', 'identity'])
        for (let i = 0; i < 3; i++) await (await fetch(target.url, { headers: { 'accept-encoding': encoding } })).arrayBuffer();

    // The machine is shared: the story's four servers are measured in `rounds` interleaved
    // rounds and the median round kept, so a burst of someone else's work hits all alike.
    const rounds = Number(option('rounds', '3'));
    for (const gzip of spikeOnly ? [] : [false, true]) {
      const story = targets.filter((t) => t.route === routes[0]!.name);
      const samples = new Map<string, Load[]>();
      for (let round = 0; round < rounds; round++) {
        for (const target of story) {
          const load = await measure(target.url, gzip, tool, duration, connections);
          console.log(
            `==> round ${round + 1}: ${target.server} | ${gzip ? 'gzip' : 'identity'}: ${load.rps.toFixed(0)} req/s, p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms`,
          );
          samples.set(target.server, [...(samples.get(target.server) ?? []), load]);
        }
      }
      for (const target of targets) {
        let load: Load;
        const repeated = samples.get(target.route === routes[0]!.name ? target.server : '');
        if (repeated) {
          load = [...repeated].sort((a, b) => a.rps - b.rps)[Math.floor(repeated.length / 2)] as Load;
        } else {
          load = await measure(target.url, gzip, tool, duration, connections);
        }
        console.log(
          `==> ${target.route} | ${target.server} | ${gzip ? 'gzip' : 'identity'}: ${load.rps.toFixed(0)} req/s, p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms${load.errors ? `, ${load.errors} errors` : ''}`,
        );
        figures.set(`${target.route}|${target.server}|${gzip}`, load);
        rows.push([
          target.route,
          target.server,
          gzip ? 'gzip' : 'none',
          load.rps.toFixed(0),
          load.p50.toFixed(2),
          load.p99.toFixed(2),
          `${(load.bytesPerRequest / 1024).toFixed(1)} KB`,
          load.errors,
        ]);
      }
    }
    // Spikes: URLs not asked before in this run (spike() asks each once to find its canonical address).
    const spikes: { name: string; base: string; server: string; path: string }[] = [
      { name: 'search 冒充公检法', base: deployBase, server: 'nginx → next (deploy/)', path: `/search?${new URLSearchParams({ q: '冒充公检法' })}` },
      { name: 'helper', base: deployBase, server: 'nginx → next (deploy/)', path: `/help?${new URLSearchParams({ q: '对方自称公安局，让我视频配合调查' })}` },
      { name: '/api/search 96110', base: deployBase, server: 'nginx → next (deploy/)', path: `/api/search?${new URLSearchParams({ q: '96110' })}` },
      { name: 'search 冒充公检法', base: nextBase, server: 'next alone (server.ts)', path: `/search?${new URLSearchParams({ q: '冒充公检法' })}` },
    ];
    for (const target of spikes) {
      const load: LoadResult = await spike(target.base, target.path, { connections: spikeConnections, duration: spikeDuration });
      console.log(
        `==> spike ${target.name} | ${target.server}: ${load.rps.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx`,
      );
      const met = load.rps >= 1000 && load.p99 <= 500 && load.errors === 0 && load.timeouts === 0 && load.non2xx === 0;
      spikeRows.push([
        target.name,
        target.server,
        load.requests,
        load.rps.toFixed(0),
        load.p50,
        load.p99,
        load.max,
        load.errors,
        load.timeouts,
        load.non2xx,
        target.server.startsWith('nginx') ? (met ? 'yes' : 'no') : '–',
      ]);
    }
  } finally {
    stopGroup(deploy);
    stopGroup(staticNginx);
    stopGroup(bare);
    await sleep(1000);
  }

  writeSection(
    'spike',
    `## Spike: one URL, ${spikeConnections} connections, ${spikeDuration} s\n\n${machine()}\n\n` +
      `Corpus of ${stories.toLocaleString('en-US')} stories (build \`${distDir}\`), \`deploy/start.sh\` with one server.ts instance; \`bench/http-load.ts --spike\` (autocannon, Accept-Encoding: gzip, deflate, br, 10 s timeout) on this 2-core machine (the load generator takes one core). Each URL is asked once to find its canonical address, then the load starts: nginx keeps each answer 5 s, so a new render every 5 s is part of the run. Target through nginx: ≥ 1,000 req/s, p99 ≤ 500 ms, 0 errors, 0 timeouts.\n\n` +
      `${table(['URL', 'server', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'non-2xx', 'target met'], spikeRows)}\n\n` +
      `Run: \`npm run bench -- serve --stories 10000\` (every serve row), or the spike rows alone: \`npm run bench -- serve --stories 10000 --only spike\`.`,
  );
  if (spikeOnly) return;

  const story = routes0(figures);
  const ratioLines = [false, true].map((gzip) => {
    const get = (server: string) => figures.get(`${story}|${server}|${gzip}`)?.rps ?? NaN;
    const staticRps = get('nginx, static file');
    const deployRps = get('nginx → next (deploy/)');
    const nextRps = get('next alone (server.ts)');
    const bareRps = get('bare Next page, next start');
    return `| ${gzip ? 'gzip' : 'none'} | ${(deployRps / staticRps).toFixed(2)} | ${(nextRps / staticRps).toFixed(3)} | ${(nextRps / bareRps).toFixed(2)} |`;
  });
  writeSection(
    'serve',
    `## Requests/s: Next alone, nginx in front, nginx serving the static file\n\n${machine()}\n\n` +
      `Corpus of ${stories.toLocaleString('en-US')} stories (build \`${distDir}\`); ${tool}, 1 thread, ${connections} connections, ${duration} s per row, all on this 2-core machine (the load generator takes one core), after warming every cache; the recent story's four servers in ${option('rounds', '3')} interleaved rounds, median kept (the machine is shared). ` +
      `“nginx → next” is \`deploy/start.sh\` (a prerendered page is sent from the build's HTML file, anything else from the proxy cache after its first request; search answers are kept 5 s); “next alone (server.ts)” is the same Next process (\`npm start\`, one instance) addressed directly; the static file is the story's prerendered HTML (\`${path.relative(PROJECT_ROOT, htmlFile)}\`), served by nginx with the same settings (gzip: its pre-compressed .gz). Spike rows (one URL, many connections): section “Spike” below.\n\n` +
      `Ratios for the recent story, same run:\n\n| encoding | nginx → next ÷ static file (target ≥ 0.8) | next alone ÷ static file | next alone ÷ bare Next page (target ≥ 1) |\n| --- | --- | --- | --- |\n${ratioLines.join('\n')}\n\n` +
      `${table(['route', 'server', 'compression', 'req/s', 'p50 ms', 'p99 ms', 'bytes/response', 'errors'], rows)}\n\n` +
      `Run: \`npm run bench -- serve [--stories 1000]\`.`,
  );
}

function routes0(figures: Map<string, Load>): string {
  return [...figures.keys()][0]?.split('|')[0] ?? '';
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
