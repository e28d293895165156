/**
 * Does every archive page still answer, now that only recent pages are prerendered?
 * Against `next start` of a corpus build:
 *   - /sitemap.xml lists every published story and case, every entry with <lastmod>;
 *   - every URL in the sitemap answers 200 (with --sample N: every list page and
 *     N stories, always including the oldest), the second request from Next's cache;
 *   - a list page one past the end, /page/1, /page/01, an unknown story, tag, month
 *     and case, and every draft story answer 404 (never 500).
 *
 *   npx tsx bench/verify.ts [--stories 1000] [--sample 0]
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveCorpus } from './servers';
import { machine, option, writeSection } from './util';

async function status(base: string, route: string): Promise<number> {
  const response = await fetch(new URL(route, base), { redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

function draftSlugs(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md') && /^draft: true$/m.test(fs.readFileSync(full, 'utf8').split('\n---')[0] ?? '')) found.push(entry.name.slice(0, -3));
    }
  };
  walk(path.join(dir, 'stories'));
  return found;
}

async function main() {
  const stories = Number(option('stories', '1000'));
  const sample = Number(option('sample', '0'));
  const server = await serveCorpus(stories, { via: 'next', port: 3295 });
  const failures: string[] = [];
  const started = performance.now();
  let checked = 0;
  try {
    const sitemap = await (await fetch(`${server.base}/sitemap.xml`)).text();
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1] ?? '')?.[1] ?? '',
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1] ?? '')?.[1],
    }));
    const paths = entries.map((e) => new URL(e.loc.replace(/&amp;/g, '&')).pathname);
    const storyPaths = paths.filter((p) => p.startsWith('/news/'));
    const published = server.corpus.stories - draftSlugs(server.corpus.dir).length;
    if (storyPaths.length !== published) failures.push(`sitemap lists ${storyPaths.length} stories, the corpus has ${published} published`);
    const withoutLastmod = entries.filter((e) => !e.lastmod);
    if (withoutLastmod.length) failures.push(`${withoutLastmod.length} sitemap entries without lastmod, e.g. ${withoutLastmod[0]?.loc}`);

    let toFetch = paths;
    if (sample > 0) {
      const step = Math.max(1, Math.floor(storyPaths.length / sample));
      const chosen = new Set([...storyPaths.filter((_, i) => i % step === 0), storyPaths[storyPaths.length - 1] as string]);
      toFetch = paths.filter((p) => !p.startsWith('/news/') || chosen.has(p));
    }
    for (const route of toFetch) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const code = await status(server.base, route);
        checked++;
        if (code !== 200) failures.push(`${route} → ${code}${attempt ? ' (second request)' : ''}`);
      }
    }

    const lists = paths.filter((p) => /^\/(sections|tags|archive\/\d{4})\//.test(p));
    const lastPages = new Map<string, number>();
    for (const p of lists) {
      const match = /^(.*?)(?:\/page\/(\d+))?$/.exec(p);
      const base = match?.[1] as string;
      lastPages.set(base, Math.max(lastPages.get(base) ?? 1, Number(match?.[2] ?? 1)));
    }
    const notFound = [
      '/news/no-such-story',
      '/news/STORY-000001',
      '/cases/no-such-case',
      '/scams/no-such-type',
      '/sections/no-such-section',
      `/tags/${encodeURIComponent('没有这个标签')}`,
      '/archive/1999/01',
      '/archive/2020/13',
      '/archive/20x0/01',
      ...[...lastPages].flatMap(([base, last]) => [`${base}/page/${last + 1}`, `${base}/page/1`, `${base}/page/02`, `${base}/page/abc`]).slice(0, 400),
      ...draftSlugs(server.corpus.dir).map((slug) => `/news/${slug}`),
    ];
    for (const route of notFound) {
      const code = await status(server.base, route);
      checked++;
      if (code !== 404) failures.push(`${route} → ${code} (expected 404)`);
    }
    const summary = `${checked} requests in ${((performance.now() - started) / 1000).toFixed(0)} s: sitemap ${entries.length} entries (${storyPaths.length} stories, every entry with lastmod: ${withoutLastmod.length === 0 ? 'yes' : 'no'}), ${toFetch.length} sitemap URLs fetched twice (${sample ? `every list page, ${toFetch.filter((p) => p.startsWith('/news/')).length} stories sampled` : 'all'}), ${notFound.length} URLs that must answer 404`;
    console.log(summary);
    for (const failure of failures.slice(0, 50)) console.log(`  FAIL ${failure}`);
    writeSection(
      `verify-${stories}`,
      `## Archive check, ${stories.toLocaleString('en-US')} stories\n\n${machine()}\n\n${summary}.\n\n${
        failures.length
          ? `**${failures.length} failures**, e.g.:\n\n${failures
              .slice(0, 20)
              .map((f) => `- ${f}`)
              .join('\n')}`
          : 'No failures: every archive page answers 200 (rendered on first request, then cached), everything else 404, never 500.'
      }\n\nRun: \`npm run bench -- verify --stories ${stories}${sample ? ` --sample ${sample}` : ''}\`.`,
    );
    if (failures.length) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
