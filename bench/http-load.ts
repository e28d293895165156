/**
 * Load test (run by hand, not in CI): 50 concurrent connections for 30 s against a
 * running production server, cycling through home, a story, a case, a scam type,
 * a search and the helper. Prints requests/s, p50/p99 latency, errors and non-2xx
 * answers (all valid URLs, so both must be zero).
 *
 *   npm run build && npm start &      # or any server of the portal
 *   npx tsx bench/http-load.ts [base URL, default http://127.0.0.1:3000] [seconds]
 */
import autocannon from 'autocannon';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const duration = Number(process.argv[3] ?? 30);

const PATHS = [
  '/',
  '/news/telecom-fraud-crackdown',
  '/cases/credit-record-bait',
  '/scams/impersonating-authorities',
  `/search?q=${encodeURIComponent('冒充公检法')}`,
  `/help?q=${encodeURIComponent('对方自称公安局，让我视频配合调查')}`,
];

async function main() {
  const result = await autocannon({
    url: base,
    connections: 50,
    duration,
    requests: PATHS.map((path) => ({ method: 'GET', path })),
  });
  const line = (label: string, value: string | number) => console.log(`${label.padEnd(18)} ${value}`);
  console.log(`Load: ${base}, 50 connections, ${duration} s, cycling ${PATHS.length} URLs`);
  line('requests', result.requests.total);
  line('requests/s (avg)', result.requests.average.toFixed(0));
  line('latency p50', `${result.latency.p50} ms`);
  line('latency p99', `${result.latency.p99} ms`);
  line('errors', result.errors);
  line('timeouts', result.timeouts);
  line('non-2xx', result.non2xx);
  if (result.errors || result.timeouts || result.non2xx) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
