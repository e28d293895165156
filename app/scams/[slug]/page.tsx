import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { casesOfType, getScamType, listScamTypes } from '@/lib/content/queries';
import { totalsOf } from '@/lib/fraud/aggregates';
import { formatYuan } from '@/lib/format/number';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SanitizedHtml } from '@/components/SanitizedHtml';
import { HotlineCallout } from '@/components/HotlineCallout';
import { CaseList } from '@/components/CaseList';
import { IfMoneyLeft } from '@/components/fraud/IfMoneyLeft';
import { ScamSources } from '@/components/fraud/ScamSources';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listScamTypes().map((scamType) => ({ slug: scamType.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scamType = getScamType((await params).slug);
  if (!scamType) return {};
  return pageMetadata({ title: `${scamType.name}骗局：怎样识别，怎么应对`, description: scamType.summary, path: paths.scamType(scamType.slug) });
}

export default async function ScamTypePage({ params }: Props) {
  const scamType = getScamType((await params).slug);
  if (!scamType) notFound();
  const cases = casesOfType(scamType.slug);
  const totals = totalsOf(cases);
  const crumbs = [
    { name: '首页', path: paths.home() },
    { name: '反诈骗', path: paths.scamTypes() },
    { name: scamType.name, path: paths.scamType(scamType.slug) },
  ];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <article className="scam-type">
        <header>
          <p className="section-label">常见骗局</p>
          <h1>{scamType.name}</h1>
          <p className="lead">{scamType.summary}</p>
        </header>
        <dl className="facts totals">
          <div>
            <dt>本站案例</dt>
            <dd>{totals.cases} 个</dd>
          </div>
          <div>
            <dt>涉及金额</dt>
            <dd>{formatYuan(totals.atRisk)}</dd>
          </div>
          <div>
            <dt>成功拦下</dt>
            <dd>{formatYuan(totals.prevented)}</dd>
          </div>
          <div>
            <dt>实际损失</dt>
            <dd>{formatYuan(totals.lost)}</dd>
          </div>
        </dl>
        {scamType.stages.length ? (
          <section aria-labelledby="stages-heading">
            <h2 id="stages-heading">骗局怎么运作</h2>
            <ol className="stages">
              {scamType.stages.map((stage, index) => (
                <li key={index}>{stage}</li>
              ))}
            </ol>
          </section>
        ) : null}
        {scamType.body.html ? <SanitizedHtml html={scamType.body.html} /> : null}
        <section aria-labelledby="signs-heading">
          <h2 id="signs-heading">识别信号</h2>
          <ul className="red-flags">
            {scamType.signs.map((sign, index) => (
              <li key={index}>{sign}</li>
            ))}
          </ul>
        </section>
        {scamType.neverDo.length ? (
          <section className="never-do" aria-labelledby="never-heading">
            <h2 id="never-heading">记住：真正的机构绝不会</h2>
            <ul>
              {scamType.neverDo.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">遇到了怎么办</h2>
          <ol className="actions">
            {scamType.actions.map((action, index) => (
              <li key={index}>{action}</li>
            ))}
          </ol>
        </section>
        <HotlineCallout />
        <IfMoneyLeft />
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading">本类案例（{cases.length}）</h2>
          {cases.length ? <CaseList cases={cases} /> : <p>暂无案例。</p>}
        </section>
        <ScamSources sources={scamType.sources} />
      </article>
    </>
  );
}
