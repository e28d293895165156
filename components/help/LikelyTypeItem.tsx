import { PageLink } from '@/components/PageLink';
import type { LikelyType } from '@/lib/fraud/help';
import { paths } from '@/lib/site/urls';
import { Highlight } from '@/components/Highlight';
import { NeverDo } from '@/components/fraud/NeverDo';
import { HelpCaseList } from './HelpCaseList';

/** One likely scam type: how sure, which of the resident's words point to it, what the real institution never does, its real cases. */
export function LikelyTypeItem({ likely }: { likely: LikelyType }) {
  const { scamType, confidence, quoted, signs, cases } = likely;
  return (
    <li className="help-type">
      <h4 className="help-type__name">
        <PageLink href={paths.scamType(scamType.slug)}>{scamType.name}</PageLink>
      </h4>
      <p className={confidence === '很可能' ? 'help-confidence help-confidence--high' : 'help-confidence'}>{confidence}是这类骗局</p>
      {quoted.length ? (
        <p>
          您说的话里吻合的部分：“
          <Highlight segments={quoted} />”
        </p>
      ) : null}
      {signs.length ? (
        <>
          <p className="help-subhead">吻合的识别信号</p>
          <ul className="red-flags">
            {signs.map((sign, index) => (
              <li key={index}>
                <Highlight segments={sign.segments} />
                {sign.ticked ? <span className="help-ticked">（您勾选了）</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <NeverDo items={scamType.neverDo} as="subhead" />
      {cases.length ? (
        <>
          <p className="help-subhead">这类骗局的真实案例</p>
          <HelpCaseList cases={cases} />
        </>
      ) : null}
      <p>
        <PageLink href={paths.scamType(scamType.slug)}>看看怎样识别和应对{scamType.name}骗局</PageLink>
      </p>
    </li>
  );
}
