import { PageLink } from '@/components/PageLink';
import { listSections } from '@/lib/content/queries';
import { paths } from '@/lib/site/urls';
import { SearchForm } from '@/components/SearchForm';

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>页面没有找到</h1>
      <p>您要找的页面不存在，可能已经移动，或网址输入有误。可以试试搜索：</p>
      <SearchForm id="not-found-search" label="搜索全站内容" variant="large" />
      <h2>也可以从这里继续</h2>
      <ul>
        <li>
          <PageLink href={paths.home()}>返回首页</PageLink>
        </li>
        {listSections().map((section) => (
          <li key={section.slug}>
            <PageLink href={paths.section(section.slug)}>{section.name}</PageLink>
          </li>
        ))}
        <li>
          <PageLink href={paths.scamTypes()}>常见骗局与防范</PageLink>
        </li>
        <li>
          <PageLink href={paths.archive()}>往期稿件</PageLink>
        </li>
      </ul>
    </div>
  );
}
