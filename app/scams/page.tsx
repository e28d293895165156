import Link from 'next/link';
import type { Metadata } from 'next';
import { casesOfType, listScamTypes } from '@/lib/content/queries';
import { paths } from '@/lib/site/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { HotlineCallout } from '@/components/HotlineCallout';

export const metadata: Metadata = pageMetadata({
  title: '常见骗局',
  description: '按骗局类型看懂诈骗套路：识别信号、应对办法和真实案例。',
  path: paths.scamTypes(),
});

export default function ScamTypesPage() {
  const ranked = listScamTypes()
    .map((scamType) => ({ scamType, cases: casesOfType(scamType.slug).length }))
    .sort((a, b) => b.cases - a.cases || a.scamType.name.localeCompare(b.scamType.name, 'zh-CN'));
  return (
    <>
      <Breadcrumbs
        items={[
          { name: '首页', path: paths.home() },
          { name: '反诈骗', path: paths.scamTypes() },
        ]}
      />
      <h1>常见骗局</h1>
      <HotlineCallout />
      <ol className="scam-index">
        {ranked.map(({ scamType, cases }) => (
          <li key={scamType.slug}>
            <h2>
              <Link href={paths.scamType(scamType.slug)}>{scamType.name}</Link>
            </h2>
            <p>{scamType.summary}</p>
            <p className="meta">案例 {cases} 个</p>
          </li>
        ))}
      </ol>
    </>
  );
}
