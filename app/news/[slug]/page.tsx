import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { casesOfStory, getSection, getStory, listStories } from '@/lib/content/queries';
import { formatByline } from '@/lib/content/text';
import { DateTime } from '@/components/DateTime';
import { DraftBadge } from '@/components/DraftBadge';
import { FiguresPanel } from '@/components/FiguresPanel';
import { StoryBody } from '@/components/StoryBody';
import { HotlineCallout } from '@/components/HotlineCallout';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listStories().map((story) => ({ slug: story.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  if (!story) return {};
  return { title: story.title, description: story.summary, alternates: { canonical: `/news/${story.slug}` } };
}

export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  const cases = casesOfStory(story);
  const section = getSection(story.section);
  return (
    <article className="story">
      <header className="story__header">
        {section ? <p className="section-label">{section.name}</p> : null}
        {story.kicker ? <p className="kicker">{story.kicker}</p> : null}
        <h1>
          {story.title} <DraftBadge draft={story.draft} />
        </h1>
        {story.subtitle ? <p className="subtitle">{story.subtitle}</p> : null}
        <p className="meta">
          {story.authors.length ? <span className="byline">{formatByline(story.authors)}</span> : null}
          <span>
            发布 <DateTime date={story.date} />
          </span>
          {story.updated ? (
            <span>
              更新 <DateTime date={story.updated} />
            </span>
          ) : null}
          <span>阅读约 {story.readingMinutes} 分钟</span>
        </p>
      </header>
      <FiguresPanel figures={story.figures} />
      <StoryBody story={story} cases={cases} />
      {cases.length ? <HotlineCallout /> : null}
      {story.corrections.length ? (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">更正</h2>
          <ul>
            {story.corrections.map((correction, index) => (
              <li key={index}>
                <DateTime date={correction.date} />：{correction.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {story.tags.length ? (
        <p className="tags">
          标签：
          {story.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      ) : null}
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </article>
  );
}
