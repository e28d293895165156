import type { RenderedBody } from '@/lib/content/markdown';

/**
 * The glossary's explanations of the words a page shows outside its body (a case's
 * headline idioms, a scam type's lists), rendered at load time (lib/content/glossary.ts)
 * as one <details> that opens without JavaScript. Placed under the page's header.
 */
export function GlossaryNotes({ body }: { body: Pick<RenderedBody, 'glossaryNotes'> }) {
  if (!body.glossaryNotes) return null;
  return <div className="glossary-notes" dangerouslySetInnerHTML={{ __html: body.glossaryNotes }} />;
}
