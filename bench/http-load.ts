/**
 * Load tests (run by hand, not in CI) against a running production server.
 *
 * Mixed (default): 50 connections for 30 s cycling through home, a story, a case, a scam
 * type, a search and the helper. Prints requests/s, p50/p99 latency, errors, timeouts and
 * non-2xx answers (all valid URLs, so all must be zero).
 *
 *   npm run build && npm start &      # or any server of the portal
 *   npx tsx bench/http-load.ts [base URL, default http://127.0.0.1:3000] [seconds]
 *
 * Spike: one URL, many connections: a trending search, meant to run through nginx
 * (deploy/start.sh), as `npm run bench -- serve` does for search, the helper and the API.
 *
 *   bash deploy/start.sh &            # nginx on http://127.0.0.1:8080
 *   npx tsx bench/http-load.ts --spike '/search?q=冒充公检法' [--connections 200] [--duration 30] [base URL]
 */
import autocannon from 'autocannon';

/** What browsers send: nginx answers gzip (brotli only for static files). */
const BROWSER_ENCODINGS = 'gzip, deflate, br';
/** A request still unanswered after this long counts as a timeout. */
const TIMEOUT_SECONDS = 10;

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

function summary(result: autocannon.Result): LoadResult {
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * One URL from many connections at once, starting from whatever the caches hold. The URL
 * is first resolved to its canonical address (the portal redirects other spellings of a
 * query there once; the load then asks for what the redirected browsers ask for).
 */
export async function spike(base: string, path: string, { connections = 200, duration = 30 } = {}): Promise<LoadResult & { url: string }> {
  let url = new URL(path, base);
  // A connection of the shared pool may have been closed by the server since its last use: ask again once.
  const probe = () => fetch(url, { redirect: 'manual' });
  const first = await probe().catch(probe);
  await first.arrayBuffer();
  const location = first.headers.get('location');
  if (first.status >= 300 && first.status < 400 && location) url = new URL(location, url);
  const result = await autocannon({ url: url.toString(), connections, duration, timeout: TIMEOUT_SECONDS, headers: { 'accept-encoding': BROWSER_ENCODINGS } });
  return { ...summary(result), url: url.toString() };
}

const MIXED_PATHS = [
  '/',
  '/news/telecom-fraud-crackdown',
  '/cases/credit-record-bait',
  '/scams/impersonating-authorities',
  `/search?q=${encodeURIComponent('冒充公检法')}`,
  `/help?q=${encodeURIComponent('对方自称公安局，让我视频配合调查')}`,
];

async function mixed(base: string, duration: number): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections: 50,
    duration,
    timeout: TIMEOUT_SECONDS,
    requests: MIXED_PATHS.map((path) => ({ method: 'GET', path })),
  });
  return summary(result);
}

function print(title: string, result: LoadResult): void {
  const line = (label: string, value: string | number) => console.log(`${label.padEnd(18)} ${value}`);
  console.log(title);
  line('requests', result.requests);
  line('requests/s (avg)', result.rps.toFixed(0));
  line('latency p50', `${result.p50} ms`);
  line('latency p99', `${result.p99} ms`);
  line('latency max', `${result.max} ms`);
  line('errors', result.errors);
  line('timeouts', result.timeouts);
  line('non-2xx', result.non2xx);
  if (result.errors || result.timeouts || result.non2xx) process.exitCode = 1;
}

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args.splice(index, 2)[1];
}

async function main() {
  const args = process.argv.slice(2);
  const spikePath = flag(args, 'spike');
  const connections = Number(flag(args, 'connections') ?? 200);
  const durationFlag = flag(args, 'duration');
  const base = args[0] ?? (spikePath ? 'http://127.0.0.1:8080' : 'http://127.0.0.1:3000');
  if (spikePath) {
    const duration = Number(durationFlag ?? 30);
    // Percent-encode what the shell passed as typed (冒充公检法), as a browser's form would.
    const typed = new URL(spikePath, base);
    const result = await spike(base, `${typed.pathname}?${new URLSearchParams(typed.search)}`, { connections, duration });
    print(`Spike: ${result.url}, ${connections} connections, ${duration} s, Accept-Encoding: ${BROWSER_ENCODINGS}`, result);
  } else {
    const duration = Number(durationFlag ?? args[1] ?? 30);
    print(`Load: ${base}, 50 connections, ${duration} s, cycling ${MIXED_PATHS.length} URLs`, await mixed(base, duration));
  }
}

// Run as a script, not when serve.ts imports spike().
if (process.argv[1]?.endsWith('http-load.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
