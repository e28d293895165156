import { PageLink } from '@/components/PageLink';
import type { HelpResult } from '@/lib/fraud/help';
import { MAX_TEXT_CHARS } from '@/lib/fraud/help-request';
import { paths } from '@/lib/site/urls';
import { CheckTheCaller } from './CheckTheCaller';
import { MoneyActions } from './MoneyActions';
import { SurestSignAlert } from './SurestSignAlert';
import { HelpCaseList } from './HelpCaseList';
import { LikelyTypeItem } from './LikelyTypeItem';
import { ReadAloud } from '@/components/read-aloud/ReadAloud';
import { READ_ALOUD_TARGETS } from '@/lib/read-aloud/targets';
import { SituationList } from './SituationList';

/**
 * The answer, in the order a frightened reader needs it: the alarm, what to do now (and
 * how to check a caller who says he is the police, before that when no money has gone),
 * then what it is.
 */
export function HelpResultView({ result }: { result: HelpResult }) {
  const { request, likely, otherCases, alarm, money, officials, ignoredSignIds, tickedSigns } = result;
  const checkCaller = officials.length ? <CheckTheCaller /> : null;
  const nothingEntered = !request.text && tickedSigns.length === 0;
  return (
    <section id="result" className="help-result" aria-labelledby="result-heading">
      <h2 id="result-heading">对照结果</h2>
      <ReadAloud target={READ_ALOUD_TARGETS.helpResult} />
      {request.truncated ? (
        <p className="help-note">
          您输入的内容超过 {MAX_TEXT_CHARS} 字，只对照了前 {MAX_TEXT_CHARS} 字。
        </p>
      ) : null}
      {ignoredSignIds.length ? <p className="help-note">链接里有 {ignoredSignIds.length} 个勾选项已经不存在，已忽略。</p> : null}
      {nothingEntered ? <p>您还没有勾选情况，也没有填写对方说的话。下面是通用的做法；在下方填写后可以再对照一次。</p> : null}
      {alarm.triggered ? <SurestSignAlert alarm={alarm} /> : null}
      {money.state === 'gone' ? null : checkCaller}
      <MoneyActions money={money} sets={result.actionSets} />
      <SituationList
        id="help-situations-heading"
        level={3}
        title="您的情况"
        intro="按您写的话，这些情况的具体做法用得上："
        items={result.situations.map(({ situation, clauses }) => ({ situation, quoted: clauses }))}
      />
      {money.state === 'gone' ? checkCaller : null}

      {likely.length ? (
        <>
          <h3>可能遇到的骗局</h3>
          <ol className="help-types">
            {likely.map((item) => (
              <LikelyTypeItem key={item.scamType.slug} likely={item} />
            ))}
          </ol>
        </>
      ) : (
        <>
          <h3>没有找到明显吻合的骗局类型</h3>
          <p>这不等于没有风险。只要对方要您转账、说验证码或共享屏幕，就先停下来，按上面的做法办。也可以看看常见的骗局：</p>
          <ul className="chip-list">
            {result.allTypes.map((scamType) => (
              <li key={scamType.slug}>
                <PageLink href={paths.scamType(scamType.slug)}>{scamType.name}</PageLink>
              </li>
            ))}
          </ul>
        </>
      )}

      {otherCases.length ? (
        <>
          <h3>说法相似的其他案例</h3>
          <HelpCaseList cases={otherCases} />
        </>
      ) : null}
    </section>
  );
}
