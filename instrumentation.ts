/**
 * Runs once when the production server starts: load and validate the content
 * before the first request, so a broken or missing content folder stops the
 * server with the editor-readable list of problems instead of failing later,
 * page by page, with stack traces. (Builds check the same way; the preview,
 * `next dev`, shows problems in the page instead and keeps running.) Then live
 * publishing starts: changes under CONTENT_DIR and scheduled records' times are
 * served without a rebuild or restart (lib/publish/publisher.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkContentAtStartup } = await import('./lib/content/startup');
  checkContentAtStartup();
  const { startPublisher } = await import('./lib/publish/publisher');
  startPublisher();
}
