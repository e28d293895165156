import type { Quote } from '@/lib/content/schema';

/** A victim's own words, quoted as theirs and attributed. */
export function CaseQuote({ quote }: { quote: Quote }) {
  return (
    <figure className="case-quote">
      <blockquote>
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>——{quote.who}</figcaption>
    </figure>
  );
}
