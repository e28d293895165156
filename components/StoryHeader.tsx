import type { Story } from '@/lib/content/records';
import type { Section } from '@/lib/content/schema';
import { DateTime } from './DateTime';
import { PublicationBadge } from './PublicationBadge';

/** Kicker (引题), title, subtitle, byline with roles, published/updated time, reading time (cases included). */
export function StoryHeader({ story, section, readingMinutes }: { story: Story; section?: Section; readingMinutes: number }) {
  return (
    <header className="story__header">
      {story.kicker ? <p className="kicker">{story.kicker}</p> : null}
      <h1>
        {story.title} <PublicationBadge record={story} />
      </h1>
      {story.subtitle ? <p className="subtitle">{story.subtitle}</p> : null}
      <div className="meta story__meta">
        {story.authors.length ? (
          <p className="byline">
            {story.authors.map((author, index) => (
              <span key={index} className="byline__author">
                <span className="byline__role">{author.role}</span> {author.name}
              </span>
            ))}
          </p>
        ) : null}
        <p>
          {section ? <span className="section-name">{section.name}</span> : null}
          <span>
            发布于 <DateTime date={story.date} />
          </span>
          {story.updated ? (
            <span>
              更新于 <DateTime date={story.updated} />
            </span>
          ) : null}
          <span>阅读约 {readingMinutes} 分钟</span>
        </p>
      </div>
    </header>
  );
}
