/**
 * Share cards: time to draw one (font slices, layout, PNG, palette) and its size, per
 * kind of card, on the synthetic corpus. Targets (issue 14): ≤ 100 KB and ≤ 200 ms each.
 *
 *   npx tsx bench/share-cards.ts [--stories 1000] [--cards 200]
 *
 * The first card of a process also loads the WebAssembly (HarfBuzz, the layout engine)
 * and instances the font slices it needs; it is reported apart ("first card").
 */
import path from 'node:path';
import { ensureCorpus } from './corpus';
import { kb, machine, option, PROJECT_ROOT, table, writeSection } from './util';

interface Sample {
  ms: number;
  bytes: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

function summary(name: string, samples: Sample[]): (string | number)[] {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const bytes = samples.map((s) => s.bytes).sort((a, b) => a - b);
  return [
    name,
    samples.length,
    `${quantile(ms, 0.5).toFixed(0)} ms`,
    `${quantile(ms, 0.95).toFixed(0)} ms`,
    `${(ms.at(-1) ?? 0).toFixed(0)} ms`,
    kb(quantile(bytes, 0.5)),
    kb(bytes.at(-1) ?? 0),
  ];
}

async function main() {
  const stories = Number(option('stories', '1000'));
  const cards = Number(option('cards', '200'));
  const corpus = ensureCorpus({ stories });
  // The card builders ask the content store, which reads CONTENT_DIR: set it before loading them.
  process.env.CONTENT_DIR = path.relative(PROJECT_ROOT, corpus.dir);
  const { listCases, listScamTypes, listStories } = await import('../lib/content/queries');
  const { caseCard, familyCard, scamTypeCard, siteCard, storyCard } = await import('../lib/share/cards');
  const { shareCardImage } = await import('../lib/share/share-card');
  const { familyCardImage } = await import('../lib/share/family-card');

  const time = async (draw: () => Promise<Response>): Promise<Sample> => {
    const started = performance.now();
    const png = await (await draw()).arrayBuffer();
    return { ms: performance.now() - started, bytes: png.byteLength };
  };
  const all = async <T>(records: readonly T[], draw: (record: T) => Promise<Response>) => {
    const samples: Sample[] = [];
    for (const record of records) samples.push(await time(() => draw(record)));
    return samples;
  };

  const published = listStories();
  const first = await time(() => shareCardImage(storyCard(published[0]!)));
  const hostile = [
    '市反诈中心提醒：冒充公检法诈骗又出新花样，接到“涉嫌洗钱”电话请立即挂断并拨打96110。'.repeat(5).slice(0, 200),
    '注意😀这种电话🚨一律挂断',
    '𠮷野家老板娘险被骗走积蓄',
    '\u200f右到左标记\u202e混在标题里',
  ];
  const rows = [
    ['first card of a process (story)', 1, `${first.ms.toFixed(0)} ms`, '', '', kb(first.bytes), ''],
    summary('story, 1200×630', await all(published.slice(1, cards + 1), (story) => shareCardImage(storyCard(story)))),
    summary('case, 1200×630', await all(listCases(), (fraudCase) => shareCardImage(caseCard(fraudCase)))),
    summary('scam type, 1200×630', await all(listScamTypes(), (scamType) => shareCardImage(scamTypeCard(scamType)))),
    summary('site, 1200×630', await all([0, 1, 2, 3, 4], () => shareCardImage(siteCard()))),
    summary(
      'hostile headline (200 characters, emoji, 𠮷, RTL mark), 1200×630',
      await all([...hostile, ...hostile], (title) => shareCardImage({ label: '反诈案例', title, subtitle: title, footer: title, hotline: true })),
    ),
    summary('family card, 1080×1350', await all(listCases(), (fraudCase) => familyCardImage(familyCard(fraudCase)))),
  ];
  console.log(table(['card', 'n', 'median', 'p95', 'max', 'median size', 'max size'], rows));
  writeSection(
    'share',
    `## Share cards\n\n${machine()}\n\n${table(['card', 'n', 'median', 'p95', 'max', 'median size', 'max size'], rows)}\n\nTime to draw one card and encode it (next/og ImageResponse, then a 16-colour palette with sharp), one process, cards drawn one after another; corpus of ${stories.toLocaleString('en-US')} stories (${path.relative(PROJECT_ROOT, corpus.dir)}). Targets: ≤ 100 KB and ≤ 200 ms each. The first card of a process also loads the WebAssembly and instances the font slices it needs; later cards instance only slices not seen before. Run: \`npx tsx bench/share-cards.ts [--stories 1000] [--cards 200]\`.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
