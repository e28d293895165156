import { PageLink } from '@/components/PageLink';
import type { Crumb } from '@/lib/site/listings';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { paths } from '@/lib/site/urls';
import { JsonLd } from './JsonLd';

export type { Crumb };

const HOME: Crumb = { name: '首页', path: paths.home() };

/** The way down from the home page (added here) to the current page, the last crumb. Carries its BreadcrumbList JSON-LD. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const items = [HOME, ...trail];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(items)} />
      <nav className="breadcrumbs" aria-label="当前位置">
        <ol>
          {items.map((item, index) =>
            index === items.length - 1 ? (
              <li key={item.path} aria-current="page">
                {item.name}
              </li>
            ) : (
              <li key={item.path}>
                <PageLink href={item.path}>{item.name}</PageLink>
              </li>
            ),
          )}
        </ol>
      </nav>
    </>
  );
}
