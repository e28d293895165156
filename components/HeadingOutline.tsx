import type { Heading } from '@/lib/content/markdown';

/** The article's subheadings as in-page links; shown when there are at least two. */
export function HeadingOutline({ headings }: { headings: readonly Heading[] }) {
  const outline = headings.filter((heading) => heading.depth <= 3);
  if (outline.length < 2) return null;
  return (
    <nav className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">本文目录</h2>
      <ol>
        {outline.map((heading) => (
          <li key={heading.id} className={heading.depth === 3 ? 'outline__sub' : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
