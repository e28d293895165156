import { PageLink } from '@/components/PageLink';
import { site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        遇到可疑电话、短信或链接，转账前请先拨打反诈专线 <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a>
        ；已经被骗请立即拨打 <a href={`tel:${site.emergency}`}>{site.emergency}</a> 报警。
      </p>
      <ul className="footer-links">
        <li>
          <PageLink href={paths.archive()}>往期稿件</PageLink>
        </li>
        <li>
          <PageLink href={paths.scamTypes()}>常见骗局</PageLink>
        </li>
        <li>
          <PageLink href={paths.cases()}>反诈案例</PageLink>
        </li>
        <li>
          <a href={paths.feed()}>RSS 订阅</a>
        </li>
        <li>
          <PageLink href={paths.accessibility()}>无障碍与适老化说明</PageLink>
        </li>
      </ul>
      <p>© {site.publisher.name}</p>
    </footer>
  );
}
