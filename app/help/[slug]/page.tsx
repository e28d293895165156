import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSituation, getStory, listSituations, situationsNamed } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { paths } from '@/lib/site/urls';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { HotlineCallout } from '@/components/HotlineCallout';
import { ListSection } from '@/components/ListSection';
import { PageLink } from '@/components/PageLink';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { ScamSources } from '@/components/fraud/ScamSources';
import { GlossaryNotes } from '@/components/glossary/GlossaryNotes';
import { SituationList } from '@/components/help/SituationList';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listSituations().map((situation) => ({ slug: situation.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const situation = getSituation((await params).slug);
  if (!situation) return {};
  return pageMetadata({ title: `${situation.title}，怎么办`, description: situation.when, path: paths.situation(situation.slug) });
}

/** An after-care page: what to do, step by step, once it has happened. */
export default async function SituationPage({ params }: Props) {
  const situation = getSituation((await params).slug);
  if (!situation) notFound();
  const body = situation.body.read();
  const trail = [
    { name: '我该怎么办', path: paths.help() },
    { name: situation.title, path: paths.situation(situation.slug) },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} />
      <article className="situation">
        <header>
          <p className="section-label">已经发生了怎么办</p>
          <h1>{situation.title}</h1>
          <p className="lead">{situation.when}</p>
        </header>
        <GlossaryNotes body={body} />
        <ListSection id="steps-heading" title="现在就这样做" items={situation.steps} ordered listClassName="actions situation-steps" />
        {body.html ? <SanitizedHtml html={body.html} /> : null}
        <HotlineCallout />
        <SituationList id="related-heading" title="接着看" items={situationsNamed(situation.related).map((related) => ({ situation: related }))} />
        <p>
          <PageLink href={paths.help()}>其他情况，或者把对方的话贴进来对照 → 我该怎么办</PageLink>
        </p>
        <ScamSources sources={situation.sources} storyPublished={(slug) => getStory(slug) !== undefined} />
      </article>
    </>
  );
}
