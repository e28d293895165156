import { PageLink } from '@/components/PageLink';
import type { Crumb } from '@/lib/site/listings';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from './JsonLd';

export type { Crumb };

/** Home first; the last crumb is the current page. Carries its BreadcrumbList JSON-LD. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
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
