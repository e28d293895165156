import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { lastModified } from '@/lib/content/dates';
import { casesOfType, getScamType, getStory, listScamTypes } from '@/lib/content/queries';
import { totalsOf } from '@/lib/fraud/aggregates';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { scamTypeJsonLd } from '@/lib/seo/json-ld';
import { shareImages } from '@/lib/share/images';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { HotlineCallout } from '@/components/HotlineCallout';
import { ListSection } from '@/components/ListSection';
import { IfMoneyLeft } from '@/components/fraud/IfMoneyLeft';
import { NeverDo } from '@/components/fraud/NeverDo';
import { ScamSources } from '@/components/fraud/ScamSources';
import { ScamTypeCases } from '@/components/fraud/ScamTypeCases';
import { ScamTypeTotals } from '@/components/fraud/ScamTypeTotals';
import { ReadAloud } from '@/components/read-aloud/ReadAloud';
import { READ_ALOUD_TARGETS } from '@/lib/read-aloud/targets';
import { GlossaryNotes } from '@/components/glossary/GlossaryNotes';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listScamTypes().map((scamType) => ({ slug: scamType.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scamType = getScamType((await params).slug);
  if (!scamType) return {};
  return pageMetadata({
    title: `${scamType.name}骗局：怎样识别，怎么应对`,
    description: scamType.summary,
    path: paths.scamType(scamType.slug),
    image: shareImages.scamType(scamType),
  });
}

export default async function ScamTypePage({ params }: Props) {
  const scamType = getScamType((await params).slug);
  if (!scamType) notFound();
  const cases = casesOfType(scamType.slug);
  const trail = [
    { name: '反诈骗', path: paths.scamTypes() },
    { name: scamType.name, path: paths.scamType(scamType.slug) },
  ];
  return (
    <>
      <JsonLd data={scamTypeJsonLd(scamType, { image: shareImages.scamType(scamType), lastCase: cases[0] && lastModified(cases[0]).iso })} />
      <Breadcrumbs trail={trail} />
      <article className="scam-type">
        <header>
          <p className="section-label">常见骗局</p>
          <h1>{scamType.name}</h1>
          <p className="lead">{scamType.summary}</p>
        </header>
        <GlossaryNotes body={scamType.body.read()} />
        <ReadAloud target={READ_ALOUD_TARGETS.scamType} />
        <ScamTypeTotals totals={totalsOf(cases)} />
        <ListSection id="stages-heading" title="骗局怎么运作" items={scamType.stages} ordered listClassName="stages" />
        {scamType.body.read().html ? <SanitizedHtml html={scamType.body.read().html} /> : null}
        <ListSection id="signs-heading" title="识别信号" items={scamType.signs} listClassName="red-flags" />
        <NeverDo items={scamType.neverDo} />
        <ListSection id="actions-heading" title="遇到了怎么办" items={scamType.actions} ordered listClassName="actions" />
        <HotlineCallout />
        <IfMoneyLeft />
        <ScamTypeCases cases={cases} />
        <ScamSources sources={scamType.sources} storyPublished={(slug) => getStory(slug) !== undefined} />
      </article>
    </>
  );
}
