import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageLink } from '@/components/PageLink';
import { lastModified } from '@/lib/content/dates';
import { casesOfStory, getSection, getStory, readingMinutesOf, relatedStories } from '@/lib/content/queries';
import { prerenderedStories } from '@/lib/site/prerender';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/JsonLd';
import { shareImages } from '@/lib/share/images';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { StoryHeader } from '@/components/StoryHeader';
import { FiguresPanel } from '@/components/FiguresPanel';
import { LeadImage } from '@/components/LeadImage';
import { HeadingOutline } from '@/components/HeadingOutline';
import { StoryBody } from '@/components/StoryBody';
import { HotlineCallout } from '@/components/HotlineCallout';
import { StoryList } from '@/components/StoryList';
import { DateTime } from '@/components/DateTime';
import { ReadAloud } from '@/components/read-aloud/ReadAloud';
import { READ_ALOUD_TARGETS } from '@/lib/read-aloud/targets';

type Props = { params: Promise<{ slug: string }> };

/**
 * The newest PRERENDER_STORIES stories (default 500) are prerendered by `next build`;
 * every older one is rendered on its first request and then cached like a prerendered
 * page (the content cannot change without a new build, so it never needs revalidating).
 * An unknown or draft slug still answers 404: the page calls notFound().
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedStories().map((story) => ({ slug: story.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  if (!story) return {};
  return pageMetadata({
    title: story.title,
    description: story.summary,
    path: paths.story(story.slug),
    type: 'article',
    publishedTime: story.date.iso,
    modifiedTime: lastModified(story).iso,
    authors: story.authors.map((author) => author.name),
    section: getSection(story.section)?.name,
    tags: story.tags,
    image: shareImages.story(story),
  });
}

export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  const cases = casesOfStory(story);
  const section = getSection(story.section);
  const related = relatedStories(story);
  const trail = [...(section ? [{ name: section.name, path: paths.section(section.slug) }] : []), { name: story.title, path: paths.story(story.slug) }];
  return (
    <>
      <JsonLd data={newsArticleJsonLd(story, { sectionName: section?.name ?? story.section, image: shareImages.story(story) })} />
      <Breadcrumbs trail={trail} />
      <article className="story">
        <StoryHeader story={story} section={section} readingMinutes={readingMinutesOf(story)} />
        <ReadAloud target={READ_ALOUD_TARGETS.story} />
        {story.image ? <LeadImage image={story.image} /> : null}
        <FiguresPanel figures={story.figures} />
        <HeadingOutline headings={story.body.read().headings} />
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
          <section className="tags" aria-labelledby="tags-heading">
            <h2 id="tags-heading" className="tags__heading">
              标签
            </h2>
            <ul className="chip-list">
              {story.tags.map((tag) => (
                <li key={tag}>
                  <PageLink href={paths.tag(tag)}>{tag}</PageLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      {related.length ? (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">相关报道</h2>
          <StoryList stories={related} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
