import { site } from '@/lib/site/config';
import { WarningText } from './WarningText';

/** The standing anti-fraud call to action. */
export function HotlineCallout() {
  return (
    <aside className="callout" aria-label="反诈提示">
      <WarningText>转账前，先打 {site.hotline.number}。</WarningText>
      <p>
        接到自称客服、警察、贷款平台的电话，对方要你转账、共享屏幕或说验证码，请立即挂断，拨打反诈专线{' '}
        <a className="callout__tel" href={`tel:${site.hotline.number}`}>
          {site.hotline.number}
        </a>{' '}
        咨询。已经转账，请马上拨打 <a href={`tel:${site.emergency}`}>{site.emergency}</a> 报警。
      </p>
    </aside>
  );
}
