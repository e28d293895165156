import { PageLink } from '@/components/PageLink';
import type { Situation } from '@/lib/content/records';
import { paths } from '@/lib/site/urls';

/**
 * After-care pages as a list of links, each with when it applies (or, in the helper's
 * answer, the resident's own words that led to it). One look wherever they are listed:
 * on /help, in the helper's answer, on case pages and under a page's related ones.
 */
export function SituationList({
  id,
  title,
  intro,
  items,
  level = 2,
}: {
  /** The heading's id, which names the section */
  id: string;
  title: string;
  intro?: string;
  items: readonly { situation: Situation; quoted?: readonly string[] }[];
  /** The heading level where the list is placed */
  level?: 2 | 3;
}) {
  if (!items.length) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="situations" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {intro ? <p>{intro}</p> : null}
      <ul className="situation-list">
        {items.map(({ situation, quoted }) => (
          <li key={situation.slug}>
            <PageLink href={paths.situation(situation.slug)}>{situation.title}</PageLink>
            {quoted?.length ? (
              <span className="situation-list__note">
                您写到：
                {quoted.map((clause, index) => (
                  <q key={index}>{clause}</q>
                ))}
              </span>
            ) : (
              <span className="situation-list__note">{situation.when}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
