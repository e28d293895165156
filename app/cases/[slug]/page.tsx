import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageLink } from '@/components/PageLink';
import { casesOfType, getCase, getScamType, getStory, listCases, situationsNamed } from '@/lib/content/queries';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { caseArticleJsonLd } from '@/lib/seo/json-ld';
import { familyImage, shareImages } from '@/lib/share/images';
import { JsonLd } from '@/components/JsonLd';
import { FamilyCardLink } from '@/components/fraud/FamilyCardLink';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PublicationBadge } from '@/components/PublicationBadge';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { HotlineCallout } from '@/components/HotlineCallout';
import { CaseList } from '@/components/CaseList';
import { CaseAnswer } from '@/components/fraud/CaseAnswer';
import { CaseAtAGlance } from '@/components/fraud/CaseAtAGlance';
import { CaseQuote } from '@/components/fraud/CaseQuote';
import { NeverDo } from '@/components/fraud/NeverDo';
import { ScamTimeline } from '@/components/fraud/ScamTimeline';
import { SurestSigns } from '@/components/fraud/SurestSigns';
import { IfMoneyLeft } from '@/components/fraud/IfMoneyLeft';
import { HelpTeaser } from '@/components/help/HelpTeaser';
import { ReadAloud } from '@/components/read-aloud/ReadAloud';
import { READ_ALOUD_TARGETS } from '@/lib/read-aloud/targets';
import { GlossaryNotes } from '@/components/glossary/GlossaryNotes';
import { CaseSituations } from '@/components/fraud/CaseSituations';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listCases().map((fraudCase) => ({ slug: fraudCase.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fraudCase = getCase((await params).slug);
  if (!fraudCase) return {};
  return pageMetadata({
    title: `${fraudCase.title}（反诈案例）`,
    description: fraudCase.whatHappened,
    path: paths.fraudCase(fraudCase.slug),
    image: shareImages.fraudCase(fraudCase),
  });
}

export default async function CasePage({ params }: Props) {
  const fraudCase = getCase((await params).slug);
  if (!fraudCase) notFound();
  const scamType = getScamType(fraudCase.scamType);
  const story = fraudCase.story ? getStory(fraudCase.story) : undefined;
  const sameType = casesOfType(fraudCase.scamType).filter((other) => other.slug !== fraudCase.slug);
  const trail = [
    { name: '反诈骗', path: paths.scamTypes() },
    ...(scamType ? [{ name: scamType.name, path: paths.scamType(scamType.slug) }] : []),
    { name: fraudCase.title, path: paths.fraudCase(fraudCase.slug) },
  ];
  return (
    <>
      <JsonLd data={caseArticleJsonLd(fraudCase, { scamType, story, images: [shareImages.fraudCase(fraudCase), familyImage(fraudCase)] })} />
      <Breadcrumbs trail={trail} />
      <article className="case">
        <header>
          <p className="section-label">反诈案例</p>
          <h1>
            {fraudCase.title} <PublicationBadge record={fraudCase} />
          </h1>
        </header>
        <CaseAnswer fraudCase={fraudCase} />
        <GlossaryNotes body={fraudCase.body.read()} />
        <ReadAloud target={READ_ALOUD_TARGETS.fraudCase} />
        <NeverDo items={scamType?.neverDo ?? []} />
        <SurestSigns flags={fraudCase.flags} />
        <FamilyCardLink image={familyImage(fraudCase)} slug={fraudCase.slug} />
        <CaseAtAGlance fraudCase={fraudCase} scamType={scamType} />
        <ScamTimeline fraudCase={fraudCase} />
        <section aria-labelledby="narrative-heading">
          <h2 id="narrative-heading">案情经过</h2>
          <SanitizedHtml html={fraudCase.body.read().html} />
          {fraudCase.quote ? <CaseQuote quote={fraudCase.quote} /> : null}
          {fraudCase.advice ? (
            <p className="advice">
              <strong>民警提醒：</strong>
              {fraudCase.advice}
            </p>
          ) : null}
        </section>
        <HotlineCallout />
        <CaseSituations situations={situationsNamed(fraudCase.situations)} />
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
