import type { FraudCase } from '@/lib/content/records';
import { site } from '@/lib/site/config';
import { OutcomeBadge } from './OutcomeBadge';

/** The anchor of a timeline step (components/fraud/ScamTimeline.tsx). */
export const stepAnchor = (step: number) => `step-${step}`;

/**
 * The first screen of a case page on a phone: what happened, in one plain line; where
 * it was stopped; what to do now, with the hotline one tap away. The facts, the timeline
 * and the report follow below.
 */
export function CaseAnswer({ fraudCase }: { fraudCase: FraudCase }) {
  const { whatHappened, stoppedAtStep, stoppedBy, steps, outcome } = fraudCase;
  const stopped = stoppedAtStep !== undefined || stoppedBy !== undefined;
  return (
    <section className="case-answer" aria-labelledby="answer-heading">
      <h2 id="answer-heading" className="visually-hidden">
        一眼看懂
      </h2>
      <dl className="case-answer__list">
        <div className="case-answer__what">
          <dt>发生了什么</dt>
          <dd>{whatHappened}</dd>
        </div>
        <div className="case-answer__stop">
          <dt>{stopped ? '在哪一步被识破' : '结果'}</dt>
          <dd>
            {stoppedAtStep !== undefined ? (
              <>
                <a href={`#${stepAnchor(stoppedAtStep)}`}>
                  第 {stoppedAtStep} 步（共 {steps.length} 步）
                </a>
                {stoppedBy ? `：${stoppedBy}` : null}。{' '}
              </>
            ) : stoppedBy ? (
              `${stoppedBy}。 `
            ) : null}
            <OutcomeBadge outcome={outcome} />
          </dd>
        </div>
        <div className="case-answer__now">
          <dt>现在该怎么做</dt>
          <dd>
            <a className="case-answer__tel" href={`tel:${site.hotline.number}`}>
              <span aria-hidden="true">☎ </span>拨打 {site.hotline.number} 反诈专线
            </a>
            <ul className="case-answer__steps">
              <li>接到类似的电话或消息：不转账，不说验证码，先打 {site.hotline.number} 问清楚。</li>
              <li>
                钱已经转出：<a href={`tel:${site.emergency}`}>立即拨打 {site.emergency} 报警</a>，<a href="#if-paid-heading">再做这几件事</a>。
              </li>
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
