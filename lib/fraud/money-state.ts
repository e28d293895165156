/**
 * Whether money or a verification code has already gone, read from what the resident
 * wrote ("我已经把3万块转过去了", "卡里的钱被转走了", "验证码告诉了他"), in simplified or
 * traditional characters (the text is normalised first). What has already happened
 * decides which advice comes first, so the form's answer is never assumed: see
 * combinedMoneyState.
 */
import { normalize } from '@/lib/text/normalize';
import { clausesOf } from '@/lib/content/trigger-pattern';
import type { Paid } from './help-request';

export type MoneyState = 'gone' | 'not-yet' | 'unknown';

export interface MoneyReading {
  state: MoneyState;
  /** The clauses that told, as written */
  clauses: string[];
}

const AMOUNT = '(?:\\d|[一二两三四五六七八九十百千万几]+(?:元|块|万|千|百))';
/** Words for money leaving, specific enough not to match 打电话 or 交朋友. */
const PAY = `(?:转|汇|付|支付|打款|打钱|充值|充了?${AMOUNT}|交了?(?:钱|费|款|保证金|押金|解冻费|手续费|税|${AMOUNT})|投了?(?:钱|${AMOUNT})|买了|下单)`;
const CODE = '(?:验证码|校验码|动态码|短信码|动态密码)';
const TELL = '(?:告诉|给|发给|发|报给|报|念给|念|说给|说|输入|填)';
const NEGATION = /(?:没|未|不|别|差点|差一点|准备|打算|正要|想|要不要|该不该|能不能|会不会|是不是|千万|如果|万一)(?:就|都|要|把|有|再)?$/;

const GONE: RegExp[] = [
  new RegExp(`(?:已经|已|早就|都)[^]{0,14}?${PAY}`),
  new RegExp(`${PAY}[^]{0,6}?了`),
  new RegExp(`(?:交|充|投|付|打)了[^]{0,2}?(?:钱|款|费|保证金|押金|${AMOUNT})`),
  /(?:转账|付款|汇款|支付|充值)成功/,
  new RegExp(`被[^]{0,4}?(?:转走|划走|扣|盗刷|刷走|骗走|取走|骗了?${AMOUNT})`),
  /(?:钱|存款|积蓄|余额)[^]{0,4}?(?:没了|不见了|少了|被转)/,
  new RegExp(`${CODE}[^]{0,6}?${TELL}[^]{0,4}?了`),
  new RegExp(`(?:已经|已)[^]{0,8}?${CODE}`),
  new RegExp(`${CODE}[^]{0,4}?(?:已经|已)`),
  new RegExp(`${TELL}了?(?:他|她|对方|客服|他们)了?${CODE}`),
];
const NOT_YET: RegExp[] = [
  new RegExp(`(?:还没|没有|没|未|尚未|还未)[^]{0,6}?(?:${PAY}|给[^]{0,3}?(?:钱|他|她|对方))`),
  new RegExp(`(?:还没|没有|没|未|尚未|还未)[^]{0,8}?${TELL}[^]{0,6}?${CODE}`),
  new RegExp(`${CODE}[^]{0,4}?(?:还没|没有|没|未)`),
  new RegExp(`(?:差点|差一点|准备|打算|正要|要不要|该不该)[^]{0,6}?(?:${PAY}|${TELL}[^]{0,6}?${CODE})`),
];

/** A match counts only when no negation or hesitation ("还没", "差点", "要不要") stands just before it. */
function found(patterns: readonly RegExp[], clause: string, negatable: boolean): boolean {
  return patterns.some((pattern) => {
    const match = pattern.exec(clause);
    if (!match) return false;
    return !negatable || !NEGATION.test(clause.slice(Math.max(0, match.index - 4), match.index));
  });
}

export function readMoneyState(text: string): MoneyReading {
  const gone: string[] = [];
  const notYet: string[] = [];
  for (const clause of clausesOf(text)) {
    const normalized = normalize(clause);
    if (found(GONE, normalized, true)) gone.push(clause);
    else if (found(NOT_YET, normalized, false)) notYet.push(clause);
  }
  if (gone.length) return { state: 'gone', clauses: gone };
  if (notYet.length) return { state: 'not-yet', clauses: notYet };
  return { state: 'unknown', clauses: [] };
}

export interface MoneyAnswer extends MoneyReading {
  /** Where the answer came from: the form's question, the resident's words, or neither */
  source: 'form' | 'text' | 'none';
}

/**
 * The form and the words together. Words saying money went win over a "还没有" in the
 * form (an old link, a hurried tick): after-payment advice first is the safe mistake.
 */
export function combinedMoneyState(paid: Paid, text: string): MoneyAnswer {
  const reading = readMoneyState(text);
  if (reading.state === 'gone') return { ...reading, source: 'text' };
  if (paid === 'yes') return { state: 'gone', clauses: [], source: 'form' };
  if (paid === 'no') return { state: 'not-yet', clauses: [], source: 'form' };
  return reading.state === 'not-yet' ? { ...reading, source: 'text' } : { ...reading, source: 'none' };
}
