/**
 * A fallback is logged once per process and topic: a broken cache must be visible in
 * the server's log, but not once per file or per request. Kept on globalThis, because
 * a bundler may instantiate this module more than once in one process.
 */
const said = ((globalThis as { [key: symbol]: Set<string> | undefined })[Symbol.for('municipal-news.logged-once')] ??= new Set<string>());

export function warnOnce(topic: string, message: string): void {
  if (said.has(topic)) return;
  said.add(topic);
  console.warn(`[content] ${message}`);
}

/** For tests: forget what was said. */
export function resetWarnings(): void {
  said.clear();
}
