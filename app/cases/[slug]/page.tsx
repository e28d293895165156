import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { casesOfType, getCase, getScamType, getStory, listCases } from '@/lib/content/queries';
import { CHANNEL_LABELS, OUTCOME_LABELS } from '@/lib/content/labels';
import { formatYuan } from '@/lib/format/number';
import { DateTime } from '@/components/DateTime';
import { DraftBadge } from '@/components/DraftBadge';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { HotlineCallout } from '@/components/HotlineCallout';
import { CaseList } from '@/components/CaseList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listCases().map((fraudCase) => ({ slug: fraudCase.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fraudCase = getCase((await params).slug);
  if (!fraudCase) return {};
  return pageMetadata({ title: `${fraudCase.title}（反诈案例）`, description: fraudCase.summary, path: paths.fraudCase(fraudCase.slug) });
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
    <Breadcrumbs items={crumbs} />
    <article className="case">
      <header>
        <p className="section-label">反诈案例</p>
        <h1>
          {fraudCase.title} <DraftBadge draft={fraudCase.draft} />
        </h1>
      </header>
      <dl className="facts">
        {scamType ? (
          <div>
            <dt>诈骗类型</dt>
            <dd>
              <Link href={paths.scamType(scamType.slug)}>{scamType.name}</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>发生时间</dt>
          <dd>
            <DateTime date={fraudCase.date} />
          </dd>
        </div>
        {fraudCase.person ? (
          <div>
            <dt>当事人</dt>
            <dd>{fraudCase.person}</dd>
          </div>
        ) : null}
        <div>
          <dt>联系渠道</dt>
          <dd>{fraudCase.channels.map((channel) => CHANNEL_LABELS[channel]).join('、')}</dd>
        </div>
        {fraudCase.impersonates ? (
          <div>
            <dt>冒充身份</dt>
            <dd>{fraudCase.impersonates}</dd>
          </div>
        ) : null}
        {fraudCase.amountAtRisk !== undefined ? (
          <div>
            <dt>涉及金额</dt>
            <dd>{formatYuan(fraudCase.amountAtRisk)}</dd>
          </div>
        ) : null}
        <div>
          <dt>损失金额</dt>
          <dd>{formatYuan(fraudCase.amountLost)}</dd>
        </div>
        <div>
          <dt>结果</dt>
          <dd className={`outcome outcome--${fraudCase.outcome}`}>{OUTCOME_LABELS[fraudCase.outcome]}</dd>
        </div>
      </dl>
      <h2>经过</h2>
      <SanitizedHtml html={fraudCase.body.html} />
      {fraudCase.steps.length ? (
        <>
          <h2>骗局步骤</h2>
          <ol className="steps">
            {fraudCase.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      ) : null}
      {fraudCase.stoppedBy ? (
        <p className="stopped-by">
          <strong>怎样被识破：</strong>
          {fraudCase.stoppedBy}
        </p>
      ) : null}
      <h2>危险信号</h2>
      <ul className="red-flags">
        {fraudCase.redFlags.map((flag, index) => (
          <li key={index}>{flag}</li>
        ))}
      </ul>
      {fraudCase.advice ? (
        <p className="advice">
          <strong>提示：</strong>
          {fraudCase.advice}
        </p>
      ) : null}
      <HotlineCallout />
      {story ? (
        <p>
          报道原文：<Link href={paths.story(story.slug)}>{story.title}</Link>
        </p>
      ) : null}
      {sameType.length ? (
        <section aria-labelledby="same-type-heading">
          <h2 id="same-type-heading">同类案例</h2>
          <CaseList cases={sameType} />
        </section>
      ) : null}
    </article>
    </>
  );
}
