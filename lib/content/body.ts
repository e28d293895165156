/**
 * A record's rendered body, behind an explicit loader. Whether the body places the
 * linked cases (all that listings and checks need) stays on the record; the rendered
 * parts are read when a page asks, with `read()`: from memory, or, for a record from
 * the content cache, from its file on disk, so a process holding 100,000 stories does
 * not hold their HTML.
 */
import type { RenderedBody } from './markdown';

export interface Body {
  readonly hasCasesMarker: boolean;
  read(): RenderedBody;
}

/** A body kept in memory (content:check, tests, a record whose cache write failed). */
export function bodyInMemory(rendered: RenderedBody): Body {
  return { hasCasesMarker: rendered.hasCasesMarker, read: () => rendered };
}
