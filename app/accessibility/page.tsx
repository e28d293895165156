import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageLink } from '@/components/PageLink';
import { CLAIM_GROUPS } from '@/lib/site/accessibility-claims';
import { site } from '@/lib/site/config';
import { pageMetadata } from '@/lib/seo/metadata';
import { paths } from '@/lib/site/urls';

const TITLE = '无障碍与适老化说明';

export const metadata: Metadata = pageMetadata({
  title: TITLE,
  description: `${site.name}怎样满足《互联网网站适老化通用设计规范》和 WCAG 2.1 AA 的每一项要求，以及遇到问题时怎样联系我们。`,
  path: paths.accessibility(),
});

export default function AccessibilityPage() {
  const { phone, email } = site.contact;
  return (
    <>
      <Breadcrumbs trail={[{ name: TITLE, path: paths.accessibility() }]} />
      <article className="statement">
        <h1>{TITLE}</h1>
        <p className="lead">
          {site.name}
          希望每一位读者，特别是年长的读者，都能方便地看新闻、认骗局。下面逐条说明本站怎样满足工业和信息化部《互联网网站适老化通用设计规范》和国际通行的网页无障碍标准
          WCAG 2.1 AA 级的要求。这是本站的自查结果，不代表已通过第三方评测。
        </p>

        <section aria-labelledby="statement-howto">
          <h2 id="statement-howto">怎样使用</h2>
          <ul>
            <li>按页头的“长辈版”按钮切换到大字、高对比的长辈版；按“退出长辈版”回到标准版。</li>
            <li>按页头“字号”后面的“标准”“大”“特大”调整文字大小。</li>
            <li>在新闻、案例和骗局类型页，按“朗读”听正文。</li>
            <li>用键盘浏览时，第一次按 Tab 键会出现“跳到正文”链接。</li>
          </ul>
        </section>

        {CLAIM_GROUPS.map((group) => (
          <section key={group.id} aria-labelledby={`statement-${group.id}`}>
            <h2 id={`statement-${group.id}`}>{group.title}</h2>
            <dl className="statement__claims">
              {group.claims.map((claim) => (
                <div key={claim.id} id={`claim-${claim.id}`} className="statement__claim" data-claim={claim.id}>
                  <dt>{claim.requirement}</dt>
                  <dd>{claim.how}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}

        <section aria-labelledby="statement-contact">
          <h2 id="statement-contact">遇到问题怎么办</h2>
          <p>
            如果本站有哪项功能您用不了，请告诉{site.publisher.name}
            ：是哪个网页、哪项功能，用的是手机还是电脑。我们会尽快改进，并把您需要的稿件内容另行提供给您。
          </p>
          {phone || email ? (
            <ul className="statement__contact">
              {phone ? (
                <li>
                  电话：<a href={`tel:${phone}`}>{phone}</a>
                </li>
              ) : null}
              {email ? (
                <li>
                  电子邮件：<a href={`mailto:${email}`}>{email}</a>
                </li>
              ) : null}
            </ul>
          ) : null}
          <p>
            接到可疑电话、需要马上求助时，不必等网站：直接拨打反诈专线 <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a>，已经被骗请拨打{' '}
            <a href={`tel:${site.emergency}`}>{site.emergency}</a> 报警。
          </p>
          <p>
            也可以先看看 <PageLink href={paths.help()}>我该怎么办</PageLink>。
          </p>
        </section>
      </article>
    </>
  );
}
