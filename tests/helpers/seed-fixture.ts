/** The seed fixture loaded and checked: a test built on broken fixture content fails at once, saying why. */
import { loadContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/records';
import { SEED_CONTENT_DIR } from './seed-content';

export function loadFixtureContent(): Content {
  const { content, problems } = loadContent(SEED_CONTENT_DIR);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`seed fixture has errors: ${JSON.stringify(errors)}`);
  return content;
}
