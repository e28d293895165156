/**
 * Client JavaScript and HTML per route type, as a modern browser downloads them:
 * the sum of every module-era <script src> a page loads (raw and gzipped; the
 * noModule polyfills only old browsers fetch are left out) and the HTML.
 * Usage: npx tsx bench/page-weight.ts [base URL, default http://127.0.0.1:3000]
 */
import { gzipSync } from 'node:zlib';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const ROUTES: Record<string, string> = {
  home: '/',
  story: '/news/telecom-fraud-crackdown',
  case: '/cases/credit-record-bait',
  'scam type': '/scams/impersonating-authorities',
  section: '/sections/law',
  tag: `/tags/${encodeURIComponent('反诈')}`,
  archive: '/archive/2022/06',
  search: `/search?q=${encodeURIComponent('公检法')}`,
  'not found': '/news/no-such-story',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const scriptCache = new Map<string, Buffer>();

async function fetchBytes(url: string): Promise<Buffer> {
  const cached = scriptCache.get(url);
  if (cached) return cached;
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  scriptCache.set(url, bytes);
  return bytes;
}

async function main() {
console.log(`| route | HTML | HTML gzip | scripts | JS | JS gzip |\n| --- | --- | --- | --- | --- | --- |`);
for (const [name, path] of Object.entries(ROUTES)) {
  const html = Buffer.from(await (await fetch(new URL(path, base))).arrayBuffer());
  const sources = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(`${m[1]}${m[3]}`))
    .map((m) => new URL(m[2]!.replace(/&amp;/g, '&'), base).toString());
  const unique = [...new Set(sources)];
  const scripts = await Promise.all(unique.map(fetchBytes));
  const raw = scripts.reduce((sum, s) => sum + s.length, 0);
  const gzip = scripts.reduce((sum, s) => sum + gzipSync(s, { level: 9 }).length, 0);
  console.log(`| ${name} | ${kb(html.length)} | ${kb(gzipSync(html).length)} | ${unique.length} | ${kb(raw)} | ${kb(gzip)} |`);
}
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
