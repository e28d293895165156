/**
 * Client JS (gzipped, module scripts only) and HTML size per route type, measured with
 * bench/page-weight.ts against server.ts (`npm start`) of a corpus build (its bundled stories and
 * cases are there, so page-weight's routes exist; the story is also measured on a
 * synthetic one).
 *
 *   npx tsx bench/weight.ts [--stories 1000]
 */
import { measurePageWeights, ROUTES, weightTable } from './page-weight';
import { serveCorpus } from './servers';
import { machine, option, writeSection } from './util';

/** Issue 7's budget for a story page's client JS, gzipped. */
export const STORY_JS_BUDGET = 140 * 1024;

async function main() {
  const stories = Number(option('stories', '1000'));
  const server = await serveCorpus(stories, { via: 'next', port: 3293 });
  try {
    const routes = { ...ROUTES, 'story (synthetic)': `/news/${server.corpus.newestStory}`, 'archive story (ISR)': `/news/${server.corpus.oldestStory}` };
    // Render the on-demand pages once, so the figures are the cached pages.
    for (const path of Object.values(routes)) await (await fetch(new URL(path, server.base))).arrayBuffer();
    const weights = await measurePageWeights(server.base, routes);
    console.log(weightTable(weights));
    const story = weights.find((w) => w.name === 'story');
    const verdict = story
      ? `Story page client JS: ${(story.jsGzip / 1024).toFixed(1)} KB gzipped (budget ${STORY_JS_BUDGET / 1024} KB: ${story.jsGzip <= STORY_JS_BUDGET ? 'met' : 'NOT met'}).`
      : '';
    writeSection(
      'weight',
      `## Page weight\n\n${machine()}\n\n${weightTable(weights)}\n\n${verdict} Scripts are the page's module \`<script src>\` files (gzip -9 of each, as served compressed); HTML gzip is what the server sends with Accept-Encoding: gzip, roughly. Build of ${stories.toLocaleString('en-US')} stories; run: \`npm run bench -- weight\`.`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
