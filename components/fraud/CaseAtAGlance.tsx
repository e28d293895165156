import { PageLink } from '@/components/PageLink';
import type { FraudCase, ScamType } from '@/lib/content/records';
import { AMOUNT_LABELS, CHANNEL_LABELS } from '@/lib/content/labels';
import { caseTimes } from '@/lib/format/case-time';
import { formatAmount } from '@/lib/format/number';
import { paths } from '@/lib/site/urls';
import { OutcomeBadge } from './OutcomeBadge';

/** The case's facts in one box: below the first screen, which answers the reader's questions first. */
export function CaseAtAGlance({ fraudCase, scamType }: { fraudCase: FraudCase; scamType?: ScamType }) {
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">案情要素</h2>
      <dl className="facts">
        <div>
          <dt>结果</dt>
          <dd>
            <OutcomeBadge outcome={fraudCase.outcome} />
          </dd>
        </div>
        {scamType ? (
          <div>
            <dt>骗局类型</dt>
            <dd>
              <PageLink href={paths.scamType(scamType.slug)}>{scamType.name}</PageLink>
            </dd>
          </div>
        ) : null}
        {caseTimes(fraudCase).map((time) => (
          <div key={time.role}>
            <dt>{time.label}</dt>
            <dd>{time.dateTime ? <time dateTime={time.dateTime}>{time.text}</time> : time.text}</dd>
          </div>
        ))}
        {fraudCase.person ? (
          <div>
            <dt>当事人</dt>
            <dd>{fraudCase.person}</dd>
          </div>
        ) : null}
        <div>
          <dt>联系渠道</dt>
          <dd>{fraudCase.channels.map((channel) => CHANNEL_LABELS[channel]).join('、')}</dd>
        </div>
        {fraudCase.impersonates ? (
          <div>
            <dt>冒充身份</dt>
            <dd>{fraudCase.impersonates}</dd>
          </div>
        ) : null}
        {fraudCase.amountAtRisk !== undefined ? (
          <div>
            <dt>{AMOUNT_LABELS.atRisk}</dt>
            <dd>{formatAmount(fraudCase.amountAtRisk)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{AMOUNT_LABELS.lost}</dt>
          <dd>{formatAmount(fraudCase.amountLost)}</dd>
        </div>
      </dl>
    </section>
  );
}
