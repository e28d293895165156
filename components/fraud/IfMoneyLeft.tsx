import { site } from '@/lib/site/config';

/** What to do when money has already been transferred: minutes matter. */
export function IfMoneyLeft() {
  return (
    <section className="if-paid" aria-labelledby="if-paid-heading">
      <h2 id="if-paid-heading">如果钱已经转出去了</h2>
      <ol>
        <li>
          <strong>
            立即拨打 <a href={`tel:${site.emergency}`}>{site.emergency}</a> 报警
          </strong>
          ，说明转账时间、金额和对方账号，越快越有可能追回。
        </li>
        <li>
          同时拨打反诈专线 <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a>，请专业民警指导。
        </li>
        <li>保存好聊天记录、通话记录、转账凭证和对方的账号、链接，不要删除。</li>
        <li>联系自己的开户银行，申请对相关账户紧急止付、冻结。</li>
        <li>不要再向对方转账，也不要相信“交保证金就能退款”的说法。</li>
      </ol>
    </section>
  );
}
