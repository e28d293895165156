import type { SurestAlarm } from '@/lib/fraud/help';
import { WarningText } from '@/components/WarningText';
import { site } from '@/lib/site/config';

/**
 * The one warning that must not be missed: the resident described one of the scam's own
 * moves (content/surest-signs.yml). role="alert" so a screen reader announces it first.
 */
export function SurestSignAlert({ alarm }: { alarm: SurestAlarm }) {
  return (
    <div className="help-alert" role="alert" aria-labelledby="help-alert-title">
      <WarningText as="h3" id="help-alert-title">
        这是最能确定是诈骗的信号
      </WarningText>
      <p>
        <strong>遇到下面的情况，几乎可以肯定是诈骗。</strong>请马上停止操作，不要转账，拨打 <a href={`tel:${site.hotline.number}`}>{site.hotline.number}</a> 或{' '}
        <a href={`tel:${site.emergency}`}>{site.emergency}</a>。
      </p>
      <ul className="help-alert__signs">
        {alarm.signs.map(({ sign, clauses, ticked }) => (
          <li key={sign.slug}>
            <strong>{sign.sign}</strong>
            <br />
            {sign.why}
            {[...clauses, ...ticked].length ? (
              <span className="help-alert__said">
                您提到的：
                {[...clauses, ...ticked].map((text, index) => (
                  <q key={index}>{text}</q>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
