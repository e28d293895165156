import type { ActionSet } from '@/lib/fraud/help-actions';
import type { MoneyAnswer } from '@/lib/fraud/money-state';
import { ActionList } from './ActionList';

/** What to do now: one set when the resident said whether money went, both (after-payment first) when not. */
export function MoneyActions({ money, sets }: { money: MoneyAnswer; sets: readonly ActionSet[] }) {
  return (
    <>
      {money.source === 'text' && money.clauses.length ? (
        <p className="help-note">
          您写到：
          {money.clauses.map((clause, index) => (
            <q key={index}>{clause}</q>
          ))}
          {money.state === 'gone' ? '。所以先列出钱或验证码已经给出去以后的做法。' : '。'}
        </p>
      ) : null}
      {money.source === 'none' ? <p className="help-note">您没有说钱或验证码是不是已经给出去了，下面两种情况的做法都列出来了。</p> : null}
      {sets.map((set) => (
        <section key={set.when} className="help-action-set" aria-labelledby={`help-actions-${set.when}`}>
          <h3 id={`help-actions-${set.when}`}>{set.title}</h3>
          <ActionList actions={set.actions} />
        </section>
      ))}
    </>
  );
}
