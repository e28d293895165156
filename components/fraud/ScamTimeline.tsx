import type { FraudCase, RedFlag } from '@/lib/content/records';
import { stepAnchor } from './CaseAnswer';

function FlagList({ flags }: { flags: readonly RedFlag[] }) {
  return (
    <ul className="flag-list">
      {flags.map((flag, index) => (
        <li key={index} className={flag.antiIntervention ? 'flag flag--surest' : 'flag'}>
          <span className="visually-hidden">危险信号：</span>
          <span aria-hidden="true">⚠ </span>
          {flag.text}
        </li>
      ))}
    </ul>
  );
}

/** The scam's moves in order, each with its red flags, and the step where it was broken. */
export function ScamTimeline({ fraudCase }: { fraudCase: FraudCase }) {
  const unplaced = fraudCase.flags.filter((flag) => flag.step === undefined);
  return (
    <section className="timeline-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{fraudCase.steps.length ? '骗局是怎样一步步展开的' : '危险信号'}</h2>
      {fraudCase.steps.length ? (
        <ol className="timeline">
          {fraudCase.steps.map((step, index) => {
            const number = index + 1;
            const stopped = fraudCase.stoppedAtStep === number;
            const flags = fraudCase.flags.filter((flag) => flag.step === number);
            return (
              <li key={index} id={stepAnchor(number)} className={stopped ? 'timeline__step timeline__step--stopped' : 'timeline__step'}>
                <p className="timeline__text">
                  <span className="timeline__number" aria-hidden="true">
                    {number}
                  </span>
                  <span className="visually-hidden">第 {number} 步：</span>
                  {step}
                </p>
                {flags.length ? <FlagList flags={flags} /> : null}
                {stopped ? (
                  <p className="timeline__stop">
                    <strong>
                      <span aria-hidden="true">✋ </span>在这里被识破
                    </strong>
                    {fraudCase.stoppedBy ? `：${fraudCase.stoppedBy}` : null}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {unplaced.length ? (
        <>
          {fraudCase.steps.length ? <h3>其他危险信号</h3> : null}
          <FlagList flags={unplaced} />
        </>
      ) : null}
      {fraudCase.stoppedBy && fraudCase.stoppedAtStep === undefined ? (
        <p className="timeline__stop">
          <strong>怎样被识破：</strong>
          {fraudCase.stoppedBy}
        </p>
      ) : null}
    </section>
  );
}
