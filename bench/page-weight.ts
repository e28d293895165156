/**
 * Client JavaScript and HTML per route type, as a modern browser downloads them:
 * the sum of every module-era <script src> a page loads (raw and gzipped; the
 * noModule polyfills only old browsers fetch are left out) and the HTML.
 * Usage: npx tsx bench/page-weight.ts [base URL, default http://127.0.0.1:3000]
 * (bench/weight.ts runs it against a build of the synthetic corpus for bench/RESULTS.md.)
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from './util';

export const ROUTES: Record<string, string> = {
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

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  html: number;
  htmlGzip: number;
  scripts: number;
  js: number;
  jsGzip: number;
}

export async function measurePageWeights(base: string, routes: Record<string, string> = ROUTES): Promise<PageWeight[]> {
  const scriptCache = new Map<string, Buffer>();
  const fetchBytes = async (url: string): Promise<Buffer> => {
    const cached = scriptCache.get(url);
    if (cached) return cached;
    const response = await fetch(url);
    const bytes = Buffer.from(await response.arrayBuffer());
    scriptCache.set(url, bytes);
    return bytes;
  };
  const weights: PageWeight[] = [];
  for (const [name, route] of Object.entries(routes)) {
    const response = await fetch(new URL(route, base));
    const html = Buffer.from(await response.arrayBuffer());
    const sources = [...html.toString('utf8').matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
      .filter((m) => !/nomodule/i.test(`${m[1]}${m[3]}`))
      .map((m) => new URL(m[2]!.replace(/&amp;/g, '&'), base).toString());
    const unique = [...new Set(sources)];
    const scripts = await Promise.all(unique.map(fetchBytes));
    weights.push({
      name,
      path: route,
      status: response.status,
      html: html.length,
      htmlGzip: gzipSync(html).length,
      scripts: unique.length,
      js: scripts.reduce((sum, s) => sum + s.length, 0),
      jsGzip: scripts.reduce((sum, s) => sum + gzipSync(s, { level: 9 }).length, 0),
    });
  }
  return weights;
}

export function weightTable(weights: PageWeight[]): string {
  return [
    '| route | HTML | HTML gzip | scripts | JS | JS gzip |',
    '| --- | --- | --- | --- | --- | --- |',
    ...weights.map((w) => `| ${w.name} | ${kb(w.html)} | ${kb(w.htmlGzip)} | ${w.scripts} | ${kb(w.js)} | ${kb(w.jsGzip)} |`),
  ].join('\n');
}

async function main() {
  const base = process.argv[2] ?? 'http://127.0.0.1:3000';
  console.log(weightTable(await measurePageWeights(base)));
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'page-weight.ts'))) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
