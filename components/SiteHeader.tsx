import Link from 'next/link';
import { site } from '@/lib/site/config';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {site.name}
        </Link>
        <a className="hotline-link" href={`tel:${site.hotline.number}`}>
          <span aria-hidden="true">☎ </span>
          {site.hotline.label} {site.hotline.number}
        </a>
      </div>
    </header>
  );
}
