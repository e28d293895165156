/** The seed content, loaded once per test file; a test never reads the newspaper's own content/ folder. */
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/records';

export const SEED_CONTENT_DIR = path.join(process.cwd(), 'content');

export function loadFixtureContent(): Content {
  const { content, problems } = loadContent(SEED_CONTENT_DIR);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`seed content has errors: ${JSON.stringify(errors)}`);
  return content;
}
