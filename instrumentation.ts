/**
 * Runs once when the production server starts: load and validate the content
 * before the first request, so a broken or missing content folder stops the
 * server with the editor-readable list of problems instead of failing later,
 * page by page, with stack traces. (Builds check the same way; the preview,
 * `next dev`, shows problems in the page instead and keeps running.) Then live
 * publishing starts: changes under CONTENT_DIR and scheduled records' times are
 * served without a rebuild or restart (lib/publish/publisher.ts); and the search index
 * starts being made.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkContentAtStartup } = await import('./lib/content/startup');
  checkContentAtStartup();
  const { startPublisher } = await import('./lib/publish/publisher');
  startPublisher();
  // The search index, made in the background (in slices: requests are answered meanwhile),
  // so the first search does not wait for all of it (lib/search/store.ts).
  const { getSearchIndex } = await import('./lib/search/store');
  getSearchIndex().catch((error: Error) => console.error(`[search] 建立搜索索引失败（${error.message}）；搜索时会再试`));
}
