import { PageLink } from '@/components/PageLink';
import type { Story } from '@/lib/content/records';
import { paths } from '@/lib/site/urls';
import { DateTime } from './DateTime';
import { PublicationBadge } from './PublicationBadge';

/** Each item: kicker, title, date, summary. */
export function StoryList({ stories, headingLevel = 2 }: { stories: readonly Story[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="story-list">
      {stories.map((story) => (
        <li key={story.slug} className="story-list__item">
          <article>
            {story.kicker ? <p className="kicker">{story.kicker}</p> : null}
            <Heading className="story-list__title">
              <PageLink href={paths.story(story.slug)}>{story.title}</PageLink> <PublicationBadge record={story} />
            </Heading>
            <p className="meta">
              <DateTime date={story.date} />
            </p>
            <p className="story-list__summary">{story.summary}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
