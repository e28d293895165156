import { afterAll, beforeAll, expect } from 'vitest';

/** Point the site's content store (lib/content/store.ts) at `dir` for the enclosing describe block or file. */
export function withContentDir(dir: () => string) {
  const previous = process.env.CONTENT_DIR;
  beforeAll(() => {
    // Drafts are hidden everywhere but `next dev`; the tests rely on it.
    expect(process.env.NODE_ENV).not.toBe('development');
    process.env.CONTENT_DIR = dir();
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  });
}
