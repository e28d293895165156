import { PageLink } from '@/components/PageLink';
import type { FraudCase, ScamType } from '@/lib/content/records';
import { CHANNEL_LABELS } from '@/lib/content/labels';
import { formatYuan } from '@/lib/format/number';
import { paths } from '@/lib/site/urls';
import { DateTime } from '../DateTime';
import { OutcomeBadge } from './OutcomeBadge';

export function CaseAtAGlance({ fraudCase, scamType }: { fraudCase: FraudCase; scamType?: ScamType }) {
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="visually-hidden">
        案情速览
      </h2>
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
        <div>
          <dt>发生时间</dt>
          <dd>
            <DateTime date={fraudCase.date} />
          </dd>
        </div>
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
            <dt>涉及金额</dt>
            <dd>{formatYuan(fraudCase.amountAtRisk)}</dd>
          </div>
        ) : null}
        <div>
          <dt>实际损失</dt>
          <dd>{formatYuan(fraudCase.amountLost)}</dd>
        </div>
      </dl>
    </section>
  );
}
