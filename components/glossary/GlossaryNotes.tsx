import type { RenderedBody } from '@/lib/content/markdown';

/**
 * The glossary's explanations of the words a page shows outside its body (a case's
 * headline idioms, a scam type's lists), rendered at load time (lib/content/glossary.ts)
 * as <details> that open without JavaScript. Placed under the page's header.
 */
export function GlossaryNotes({ body }: { body: Pick<RenderedBody, 'glossaryNotes'> }) {
  if (!body.glossaryNotes) return null;
  return (
    <div className="glossary-notes">
      <p className="glossary-notes__label">看不懂的词，点开看解释：</p>
      <div dangerouslySetInnerHTML={{ __html: body.glossaryNotes }} />
    </div>
  );
}
