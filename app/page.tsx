import { PageLink } from '@/components/PageLink';
import type { Metadata } from 'next';
import { listCases, listScamTypes, listSections, listStories, storiesInSection } from '@/lib/content/queries';
import { paths } from '@/lib/site/urls';
import { site } from '@/lib/site/config';
import { pageMetadata } from '@/lib/seo/metadata';
import { webSiteJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/components/JsonLd';
import { StoryList } from '@/components/StoryList';
import { CaseList } from '@/components/CaseList';
import { HotlineCallout } from '@/components/HotlineCallout';
import { HelpTeaser } from '@/components/help/HelpTeaser';
import { DateTime } from '@/components/DateTime';
import { PublicationBadge } from '@/components/PublicationBadge';

export const metadata: Metadata = pageMetadata({ title: site.name, description: site.description, path: paths.home() });

export default function HomePage() {
  const [lead, ...rest] = listStories();
  const latest = rest.slice(0, 10);
  const sections = listSections()
    .map((section) => ({ section, stories: storiesInSection(section.slug).slice(0, 5) }))
    .filter(({ stories }) => stories.length > 0);
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <h1 className="visually-hidden">{site.name}</h1>
      <div className="home">
        <div className="home__main">
          {lead ? (
            <section className="lead-story" aria-labelledby="lead-heading">
              <h2 className="visually-hidden" id="lead-heading">
                头条
              </h2>
              {lead.kicker ? <p className="kicker">{lead.kicker}</p> : null}
              <p className="lead-story__title">
                <PageLink href={paths.story(lead.slug)}>{lead.title}</PageLink> <PublicationBadge record={lead} />
              </p>
              {lead.subtitle ? <p className="subtitle">{lead.subtitle}</p> : null}
              <p className="meta">
                <DateTime date={lead.date} />
              </p>
              <p className="lead-story__summary">{lead.summary}</p>
            </section>
          ) : (
            <p>还没有发布稿件。</p>
          )}
          {latest.length ? (
            <section aria-labelledby="latest-heading">
              <h2 id="latest-heading" className="block-heading">
                最新稿件
              </h2>
              <StoryList stories={latest} headingLevel={3} />
            </section>
          ) : null}
          {sections.map(({ section, stories }) => (
            <section key={section.slug} aria-labelledby={`section-${section.slug}`}>
              <h2 id={`section-${section.slug}`} className="block-heading">
                <PageLink href={paths.section(section.slug)}>{section.name}</PageLink>
              </h2>
              <ul className="headline-list">
                {stories.map((story) => (
                  <li key={story.slug}>
                    <PageLink href={paths.story(story.slug)}>{story.title}</PageLink>{' '}
                    <span className="meta-inline">
                      <DateTime date={story.date} />
                    </span>
                  </li>
                ))}
              </ul>
              <p className="more-link">
                <PageLink href={paths.section(section.slug)}>更多{section.name}新闻</PageLink>
              </p>
            </section>
          ))}
        </div>
        <aside className="home__antifraud" aria-labelledby="antifraud-heading">
          <h2 id="antifraud-heading" className="block-heading">
            反诈骗
          </h2>
          <HotlineCallout />
          <HelpTeaser />
          <h3>最新案例</h3>
          <CaseList cases={listCases().slice(0, 5)} />
          <h3>常见骗局</h3>
          <ul className="chip-list">
            {listScamTypes().map((scamType) => (
              <li key={scamType.slug}>
                <PageLink href={paths.scamType(scamType.slug)}>{scamType.name}</PageLink>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  );
}
