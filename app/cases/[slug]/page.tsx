import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageLink } from '@/components/PageLink';
import { casesOfType, getCase, getScamType, getStory, listCases } from '@/lib/content/queries';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { caseArticleJsonLd } from '@/lib/seo/json-ld';
import { familyImage, shareImages } from '@/lib/share/images';
import { JsonLd } from '@/components/JsonLd';
import { FamilyCardLink } from '@/components/fraud/FamilyCardLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { DraftBadge } from '@/components/DraftBadge';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { HotlineCallout } from '@/components/HotlineCallout';
import { CaseList } from '@/components/CaseList';
import { CaseAtAGlance } from '@/components/fraud/CaseAtAGlance';
import { ScamTimeline } from '@/components/fraud/ScamTimeline';
import { SurestSigns } from '@/components/fraud/SurestSigns';
import { IfMoneyLeft } from '@/components/fraud/IfMoneyLeft';
import { HelpTeaser } from '@/components/help/HelpTeaser';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listCases().map((fraudCase) => ({ slug: fraudCase.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fraudCase = getCase((await params).slug);
  if (!fraudCase) return {};
  return pageMetadata({ title: `${fraudCase.title}（反诈案例）`, description: fraudCase.summary, path: paths.fraudCase(fraudCase.slug), image: shareImages.fraudCase(fraudCase) });
}

export default async function CasePage({ params }: Props) {
  const fraudCase = getCase((await params).slug);
  if (!fraudCase) notFound();
  const scamType = getScamType(fraudCase.scamType);
  const story = fraudCase.story ? getStory(fraudCase.story) : undefined;
  const sameType = casesOfType(fraudCase.scamType).filter((other) => other.slug !== fraudCase.slug);
  const crumbs = [
    { name: '首页', path: paths.home() },
    { name: '反诈骗', path: paths.scamTypes() },
    ...(scamType ? [{ name: scamType.name, path: paths.scamType(scamType.slug) }] : []),
    { name: fraudCase.title, path: paths.fraudCase(fraudCase.slug) },
  ];
  return (
    <>
      <JsonLd data={caseArticleJsonLd(fraudCase, { scamType, story, images: [shareImages.fraudCase(fraudCase), familyImage(fraudCase)] })} />
      <Breadcrumbs items={crumbs} />
      <article className="case">
        <header>
          <p className="section-label">反诈案例</p>
          <h1>
            {fraudCase.title} <DraftBadge draft={fraudCase.draft} />
          </h1>
        </header>
        <CaseAtAGlance fraudCase={fraudCase} scamType={scamType} />
        <SurestSigns flags={fraudCase.flags} />
        <FamilyCardLink image={familyImage(fraudCase)} slug={fraudCase.slug} />
        <ScamTimeline fraudCase={fraudCase} />
        <section aria-labelledby="narrative-heading">
          <h2 id="narrative-heading">案情经过</h2>
          <SanitizedHtml html={fraudCase.body.html} />
        </section>
        {fraudCase.advice ? (
          <p className="advice">
            <strong>提示：</strong>
            {fraudCase.advice}
          </p>
        ) : null}
        <HotlineCallout />
        <HelpTeaser />
        <IfMoneyLeft />
        <section aria-labelledby="more-heading">
          <h2 id="more-heading">延伸阅读</h2>
          <ul>
            {scamType ? (
              <li>
                骗局类型：<PageLink href={paths.scamType(scamType.slug)}>{scamType.name}——怎样识别，怎么应对</PageLink>
              </li>
            ) : null}
            {story ? (
              <li>
                报道原文：<PageLink href={paths.story(story.slug)}>{story.title}</PageLink>
              </li>
            ) : null}
          </ul>
          {sameType.length ? (
            <>
              <h3>同类案例</h3>
              <CaseList cases={sameType} />
            </>
          ) : null}
        </section>
      </article>
    </>
  );
}
