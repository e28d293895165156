import { PageLink } from '@/components/PageLink';
import { site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';
import type { Section } from '@/lib/content/records';
import { FontSizeControl } from './FontSizeControl';
import { ReaderModeSwitch } from './ReaderModeSwitch';
import { SearchForm } from './SearchForm';

/** The 长辈版 shows a shorter version of this header (app/reader-modes.css): the classes below mark what it hides. */
export function SiteHeader({ sections }: { sections: readonly Section[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <PageLink href={paths.home()} className="site-header__name">
          {site.name}
        </PageLink>
        <a className="hotline-link" href={`tel:${site.hotline.number}`}>
          <span aria-hidden="true">☎ </span>
          {site.hotline.label} {site.hotline.number}
        </a>
        <SearchForm id="site-search" />
        <div className="reader-controls">
          <FontSizeControl />
          <ReaderModeSwitch />
        </div>
      </div>
      <nav className="site-nav" aria-label="主导航">
        <ul>
          <li>
            <PageLink href={paths.home()}>首页</PageLink>
          </li>
          {sections.map((section) => (
            <li key={section.slug} className="site-nav__section">
              <PageLink href={paths.section(section.slug)}>{section.name}</PageLink>
            </li>
          ))}
          <li>
            <PageLink href={paths.scamTypes()}>反诈骗</PageLink>
          </li>
          <li>
            <PageLink href={paths.cases()}>反诈案例</PageLink>
          </li>
          <li>
            <PageLink href={paths.help()}>我该怎么办</PageLink>
          </li>
          <li>
            <PageLink href={paths.archive()}>往期</PageLink>
          </li>
          <li className="site-nav__search">
            <PageLink href={paths.search()}>搜索</PageLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
