import type { ScamTypeSource } from '@/lib/content/schema';
import { paths } from '@/lib/site/urls';

/** 2023 → 2023年, 2023-06 → 2023年6月, 2023-06-15 → 2023年6月15日 */
export function formatPublished(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

/** Whether a story of this site is published: a source citing a scheduled one waits for it. */
type StoryPublished = (slug: string) => boolean;

function Source({ source }: { source: ScamTypeSource }) {
  if (typeof source === 'string') return <>{source}</>;
  const title = `《${source.title}》`;
  const href = source.story ? paths.story(source.story) : source.url;
  return (
    <>
      {source.publisher}
      {href ? <a href={href}>{title}</a> : title}
      {source.date ? `，${formatPublished(source.date)}` : null}
    </>
  );
}

/** The publications a scam type's text was written from, cited at the end of its page. */
export function ScamSources({ sources, storyPublished }: { sources: readonly ScamTypeSource[]; storyPublished: StoryPublished }) {
  const shown = sources.filter((source) => typeof source === 'string' || !source.story || storyPublished(source.story));
  if (shown.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">资料来源</h2>
      <ul>
        {shown.map((source, index) => (
          <li key={index}>
            <Source source={source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
