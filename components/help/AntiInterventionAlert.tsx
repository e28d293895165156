import type { AntiInterventionHit } from '@/lib/fraud/help';
import { site } from '@/lib/site/config';

/** The one warning that must not be missed: the scammer is cutting the resident off from help. */
export function AntiInterventionAlert({ hit }: { hit: AntiInterventionHit }) {
  const mentioned = [...hit.clauses, ...hit.signs];
  return (
    <div className="help-alert">
      <h3 className="help-alert__title">
        <span aria-hidden="true">⚠ </span>这是最能确定是诈骗的信号
      </h3>
      <p>
        对方叫您不要接 {site.hotline.number} 的电话、要您保密、让您去安静没人的地方，或者先给您转一小笔钱再让您退回——这是骗子在阻止别人帮您。
        <strong>遇到这种情况，几乎可以肯定是诈骗。</strong>请马上停止操作，拨打{' '}
        <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a>。
      </p>
      {mentioned.length ? (
        <>
          <p>您提到的：</p>
          <ul className="red-flags">
            {mentioned.map((text, index) => (
              <li key={index}>“{text}”</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
