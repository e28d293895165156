import Link from 'next/link';
import { site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';
import type { Section } from '@/lib/content/records';
import { FontSizeControl } from './FontSizeControl';
import { SearchForm } from './SearchForm';

export function SiteHeader({ sections }: { sections: readonly Section[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={paths.home()} className="site-header__name">
          {site.name}
        </Link>
        <a className="hotline-link" href={`tel:${site.hotline.number}`}>
          <span aria-hidden="true">☎ </span>
          {site.hotline.label} {site.hotline.number}
        </a>
        <SearchForm id="site-search" />
        <FontSizeControl />
      </div>
      <nav className="site-nav" aria-label="主导航">
        <ul>
          <li>
            <Link href={paths.home()}>首页</Link>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={paths.section(section.slug)}>{section.name}</Link>
            </li>
          ))}
          <li>
            <Link href={paths.scamTypes()}>反诈骗</Link>
          </li>
          <li>
            <Link href={paths.help()}>我该怎么办</Link>
          </li>
          <li>
            <Link href={paths.archive()}>往期</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
