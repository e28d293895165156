/**
 * The "我该怎么办" helper: from the content records and a parsed request (ticked signs,
 * what the caller said, whether money has gone) to a ranked answer. Pure: no I/O, no
 * logging — what a resident types is used for this one answer and kept nowhere.
 *
 * Scoring of a scam type:
 *   ticks      TICK_WEIGHT for every ticked sign the type lists;
 *   phrases    the text's keys (bigrams, whole Latin/number tokens) against each phrase
 *              of the type. A phrase's coverage is the rarity-weighted share of its keys
 *              the text contains, so a sign counts by how much of it the resident said;
 *              weak partial overlaps are dropped. Best name/alias + every sign + the
 *              best case's red flags (a type with many cases does not win by volume);
 *   vocabulary the rarity-weighted share of the text's keys the type uses anywhere
 *              (summary included), a tie-breaker for wording no single phrase has.
 */
import type { FraudCase, ScamType, Situation, SurestSign } from '@/lib/content/records';
import { surestSignHits } from '@/lib/content/surest-signs';
import { ruleHits } from '@/lib/content/trigger-pattern';
import { site } from '@/lib/site/config';
import { textGrams, type Gram } from '@/lib/text/grams';
import { segmentsOf, type Segment } from '@/lib/text/segments';
import { actionSets, type ActionSet, type Numbers } from './help-actions';
import { helpIndexFor, type HelpContent, type HelpIndex, type Phrase, type PhraseKind, type TypeEntry } from './help-index';
import type { HelpRequest } from './help-request';
import { combinedMoneyState, type MoneyAnswer } from './money-state';
import { officialsMentioned } from './official-contact';
import { signCatalogue, signId, type HelpSign, type SignCatalogue } from './help-signs';

export type { HelpContent } from './help-index';
export type { Segment } from '@/lib/text/segments';

const TICK_WEIGHT = 1.5;
const KIND_WEIGHT: Record<Exclude<PhraseKind, 'summary'>, number> = { name: 1.5, alias: 1.5, sign: 1, redFlag: 0.8 };
const VOCABULARY_WEIGHT = 0.5;
/** A type needs this much to be offered at all, and this much to be called 很可能 */
const MIN_SCORE = 0.5;
const STRONG_SCORE = 1.2;
/** …and must stay within these shares of the best type's score */
const LIKELY_SHARE = 0.6;
const POSSIBLE_SHARE = 0.3;
const MAX_TYPES = 3;
const MAX_CASES_PER_TYPE = 5;
const MAX_OTHER_CASES = 5;

export type Confidence = '很可能' | '可能';

export interface MatchedSign {
  text: string;
  /** The sign's words, with what the resident also said marked */
  segments: Segment[];
  ticked: boolean;
  /** One of the surest signs: the page marks it */
  surest: boolean;
}

export interface CaseMatch {
  fraudCase: FraudCase;
  /** Red flags of the case that the resident's words matched, marked */
  matchedFlags: Segment[][];
}

export interface LikelyType {
  scamType: ScamType;
  score: number;
  confidence: Confidence;
  signs: MatchedSign[];
  /** The resident's text with the words that point to this type marked (empty without text) */
  quoted: Segment[];
  cases: CaseMatch[];
}

export interface SurestSignShown {
  sign: SurestSign;
  /** The resident's clauses that show it, as written */
  clauses: string[];
  /** Texts of the ticked boxes that show it */
  ticked: string[];
}

/** The alarm: the scam's own moves the resident described or ticked, in the editors' order. */
export interface SurestAlarm {
  triggered: boolean;
  signs: SurestSignShown[];
}

/** An after-care page the resident's words point to (its triggers matched). */
export interface SituationMatch {
  situation: Situation;
  /** The resident's clauses that matched, as written */
  clauses: string[];
}

export interface HelpResult {
  request: HelpRequest;
  likely: LikelyType[];
  /** Cases whose red flags matched the text but whose type is not among the likely ones */
  otherCases: CaseMatch[];
  alarm: SurestAlarm;
  /** Whether money or a code has gone, and the advice sets in the order to show them */
  money: MoneyAnswer;
  actionSets: ActionSet[];
  /** After-care pages for what the resident says happened, in the editors' order */
  situations: SituationMatch[];
  /** Official words the resident mentioned (96110, 民警, 银行…): answered with how to check a caller */
  officials: string[];
  tickedSigns: HelpSign[];
  /** Ids in the request that name no sign (an old link, a typo); ignored */
  ignoredSignIds: string[];
  /** Every type, for the reader to browse when nothing matched */
  allTypes: Pick<ScamType, 'slug' | 'name'>[];
}

interface PhraseMatch {
  phrase: Phrase;
  coverage: number;
  /** The phrase's own grams that the text contains */
  phraseGrams: Gram[];
  /** Where in the resident's text they are */
  textGrams: Gram[];
}

/**
 * A phrase counts when most of it was said, a fair share of it in several pieces, or
 * at least two keys' worth of words only one type uses (公安局 in a long sign).
 */
function strongEnough(coverage: number, matchedKeys: number, hit: number, index: HelpIndex): boolean {
  return coverage >= 0.4 || (matchedKeys >= 2 && (coverage >= 0.25 || hit >= 1.8 * index.maxWeight));
}

function matchPhrase(phrase: Phrase, textByKey: Map<string, Gram[]>, index: HelpIndex): PhraseMatch | undefined {
  let total = 0;
  let hit = 0;
  let matchedKeys = 0;
  for (const key of phrase.keys) {
    const weight = index.weight(key);
    total += weight;
    if (textByKey.has(key)) {
      hit += weight;
      matchedKeys++;
    }
  }
  if (hit === 0 || total === 0) return undefined;
  const coverage = hit / total;
  if (!strongEnough(coverage, matchedKeys, hit, index)) return undefined;
  return {
    phrase,
    coverage,
    phraseGrams: phrase.grams.filter((gram) => textByKey.has(gram.key)),
    textGrams: [...new Set([...phrase.keys].filter((key) => textByKey.has(key)))].flatMap((key) => textByKey.get(key) ?? []),
  };
}

interface Scored {
  entry: TypeEntry;
  score: number;
  evidence: boolean;
  matches: PhraseMatch[];
  ticked: HelpSign[];
}

function max(values: number[]): number {
  return values.length ? Math.max(...values) : 0;
}

function scoreType(entry: TypeEntry, textByKey: Map<string, Gram[]>, ticked: readonly HelpSign[], index: HelpIndex): Scored {
  const matches = entry.phrases.flatMap((phrase) => (phrase.kind === 'summary' ? [] : (matchPhrase(phrase, textByKey, index) ?? [])));
  const of = (kind: PhraseKind) => matches.filter((m) => m.phrase.kind === kind);
  const naming = max([...of('name'), ...of('alias')].map((m) => m.coverage * KIND_WEIGHT.alias));
  const signs = of('sign').reduce((sum, m) => sum + m.coverage * KIND_WEIGHT.sign, 0);
  const perCase = new Map<FraudCase, number>();
  for (const m of of('redFlag')) if (m.phrase.fraudCase) perCase.set(m.phrase.fraudCase, (perCase.get(m.phrase.fraudCase) ?? 0) + m.coverage);
  const flags = max([...perCase.values()]) * KIND_WEIGHT.redFlag;

  let textWeight = 0;
  let sharedWeight = 0;
  for (const key of textByKey.keys()) {
    const weight = index.weight(key);
    textWeight += weight;
    if (entry.vocabulary.has(key)) sharedWeight += weight;
  }
  const vocabulary = textWeight ? (sharedWeight / textWeight) * VOCABULARY_WEIGHT : 0;

  const ownTicks = ticked.filter((sign) => sign.types.includes(entry.scamType.slug));
  return {
    entry,
    score: ownTicks.length * TICK_WEIGHT + naming + signs + flags + vocabulary,
    evidence: ownTicks.length > 0 || matches.length > 0,
    matches,
    ticked: ownTicks,
  };
}

function caseMatches(cases: readonly FraudCase[], matches: readonly PhraseMatch[]): { match: CaseMatch; strength: number }[] {
  return cases.map((fraudCase) => {
    const flagMatches = matches.filter((m) => m.phrase.kind === 'redFlag' && m.phrase.fraudCase === fraudCase);
    return {
      match: { fraudCase, matchedFlags: flagMatches.map((m) => segmentsOf(m.phrase.text, m.phraseGrams)) },
      strength: flagMatches.reduce((sum, m) => sum + m.coverage, 0),
    };
  });
}

function likelyType(scored: Scored, confidence: Confidence, text: string, catalogue: SignCatalogue): LikelyType {
  const { entry, matches } = scored;
  const signs = entry.scamType.signs.flatMap((signText, index): MatchedSign[] => {
    const sign = catalogue.byId.get(signId(entry.scamType.slug, index));
    const ticked = sign !== undefined && scored.ticked.includes(sign);
    const match = matches.find((m) => m.phrase.kind === 'sign' && m.phrase.signIndex === index);
    if (!ticked && !match) return [];
    return [{ text: signText, segments: segmentsOf(signText, match?.phraseGrams ?? []), ticked, surest: (sign?.surest.length ?? 0) > 0 }];
  });
  // Cases with matching red flags first; otherwise the content's order (newest first) stands.
  const cases = caseMatches(entry.cases, matches)
    .map((item, order) => ({ ...item, order }))
    .sort((a, b) => b.strength - a.strength || a.order - b.order)
    .slice(0, MAX_CASES_PER_TYPE)
    .map(({ match }) => match);
  const quotedGrams = matches.flatMap((m) => m.textGrams);
  return {
    scamType: entry.scamType,
    score: scored.score,
    confidence,
    signs,
    quoted: text && quotedGrams.length ? segmentsOf(text, quotedGrams) : [],
    cases,
  };
}

function surestAlarm(text: string, tickedSigns: readonly HelpSign[], surestSigns: readonly SurestSign[]): SurestAlarm {
  const shown = new Map<SurestSign, SurestSignShown>(surestSigns.map((sign) => [sign, { sign, clauses: [], ticked: [] }]));
  for (const hit of surestSignHits(text, surestSigns)) {
    const entry = shown.get(hit.sign);
    if (entry && !entry.clauses.includes(hit.clause)) entry.clauses.push(hit.clause);
  }
  for (const ticked of tickedSigns) {
    for (const sign of ticked.surest) shown.get(sign)?.ticked.push(ticked.text);
  }
  const signs = [...shown.values()].filter((entry) => entry.clauses.length + entry.ticked.length > 0);
  return { triggered: signs.length > 0, signs };
}

/** The after-care pages whose triggers the text matches, each once, in the content's order. */
export function situationsFor(text: string, situations: readonly Situation[]): SituationMatch[] {
  const found = new Map<Situation, string[]>();
  for (const { rule, clause } of ruleHits(text, situations)) {
    const clauses = found.get(rule) ?? [];
    if (!clauses.includes(clause)) clauses.push(clause);
    found.set(rule, clauses);
  }
  return situations.flatMap((situation) => {
    const clauses = found.get(situation);
    return clauses ? [{ situation, clauses }] : [];
  });
}

function groupByKey(grams: readonly Gram[]): Map<string, Gram[]> {
  const byKey = new Map<string, Gram[]>();
  for (const gram of grams) {
    const list = byKey.get(gram.key) ?? [];
    list.push(gram);
    byKey.set(gram.key, list);
  }
  return byKey;
}

export function helpFor(
  content: HelpContent,
  request: HelpRequest,
  numbers: Numbers = { hotline: site.hotline.number, emergency: site.emergency },
): HelpResult {
  const index = helpIndexFor(content);
  const catalogue = signCatalogue(content.scamTypes, content.surestSigns);
  const tickedSigns = [...new Set(request.signIds.flatMap((id) => catalogue.byId.get(id) ?? []))];
  const ignoredSignIds = request.signIds.filter((id) => !catalogue.byId.has(id));
  const textByKey = groupByKey(textGrams(request.text));

  const allScored = index.types.map((entry) => scoreType(entry, textByKey, tickedSigns, index));
  const scored = allScored.filter((s) => s.evidence && s.score >= MIN_SCORE).sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  const likely = scored
    .filter((s) => s.score >= top * POSSIBLE_SHARE)
    .slice(0, MAX_TYPES)
    .map((s) => likelyType(s, s.score >= STRONG_SCORE && s.score >= top * LIKELY_SHARE ? '很可能' : '可能', request.text, catalogue));

  const likelySlugs = new Set(likely.map((l) => l.scamType.slug));
  const otherCases = allScored
    .filter((s) => !likelySlugs.has(s.entry.scamType.slug))
    .flatMap((s) => caseMatches(s.entry.cases, s.matches))
    .filter(({ strength }) => strength > 0)
    .sort((a, b) => b.strength - a.strength)
    .slice(0, MAX_OTHER_CASES)
    .map(({ match }) => match);

  const money = combinedMoneyState(request.paid, request.text);

  return {
    request,
    likely,
    otherCases,
    alarm: surestAlarm(request.text, tickedSigns, content.surestSigns),
    money,
    actionSets: actionSets(money.state, numbers),
    situations: situationsFor(request.text, content.situations),
    officials: officialsMentioned(request.text),
    tickedSigns,
    ignoredSignIds,
    allTypes: content.scamTypes.map(({ slug, name }) => ({ slug, name })),
  };
}
