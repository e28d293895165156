/**
 * The editors' contract, as zod schemas. Front matter is strict: an unknown key
 * (a typo such as `tittle`) is an error rather than silently ignored.
 * Record types elsewhere are inferred from these schemas.
 */
import * as z from 'zod';
import { checkCaseTimes } from './case-time';
import { parseContentDate } from './dates';
import { compileTrigger } from './trigger-pattern';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_HINT = '应为小写英文字母、数字和单个连字符组成的 slug（如 fake-credit-record）';

export const slug = z.string().regex(SLUG_PATTERN, { error: SLUG_HINT });
const text = z.string().trim().min(1, { error: '不能为空' });
const optionalText = text.optional();

/** Zero-width and text-direction control characters: invisible, they can scramble or disguise a headline.
 *  (U+200D, the zero-width joiner inside emoji, is allowed.) */
const INVISIBLE_CONTROLS = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const visibleText = text.refine((value) => !INVISIBLE_CONTROLS.test(value), {
  error: '含有看不见的控制字符（零宽字符或文字方向控制符），会让文字显示错乱或被用来伪装；请删除这段文字后重新输入',
});

/** A calendar day or date-time; see dates.ts for what each form means. */
export const contentDate = z.unknown().transform((input, ctx) => {
  if (input === undefined) {
    ctx.addIssue({ code: 'custom', message: '缺少必填字段（日期，如 2022-06-11）', input });
    return z.NEVER;
  }
  const parsed = parseContentDate(input);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason, input });
    return z.NEVER;
  }
  return parsed.value;
});

export const author = z.strictObject({
  name: visibleText,
  /** e.g. 记者, 通讯员 */
  role: text,
});

export const figure = z.strictObject({
  label: text,
  value: z.number(),
  unit: optionalText,
  /** The paper gives an approximate figure (2085.7万余元): shown with 余 */
  approx: z.boolean().default(false),
  note: optionalText,
});

const AMOUNT_HINT =
  '金额写数字（元），不加单位、逗号和引号：“6.2万元”写 62000；报道写的是“15万余元”这样的约数时，写成 { value: 150000, approx: true }';
const yuan = z.number({ error: AMOUNT_HINT }).nonnegative({ error: '金额不能为负数' });

/** A sum of money in yuan, exact (62000) or, as the paper words it, approximate
 *  (15万余元: { value: 150000, approx: true }). Always { value, approx } once read. */
export const amount = z
  .union([yuan, z.strictObject({ value: yuan, approx: z.boolean().default(false) })], { error: AMOUNT_HINT })
  .transform((input) => (typeof input === 'number' ? { value: input, approx: false } : input));

/** What a victim said, quoted as theirs (never shown as the site's advice). */
export const quote = z.strictObject({
  /** Their words, as the report gives them */
  text: visibleText,
  /** Who said it: 张先生 */
  who: visibleText,
});

/** The plain one-line account at the top of a case page: short enough for a phone's first screen. */
export const WHAT_HAPPENED_LIMIT = 80;
const whatHappened = visibleText.refine((value) => Array.from(value).length <= WHAT_HAPPENED_LIMIT, {
  error: (issue) =>
    `一句话说清发生了什么，不超过 ${WHAT_HAPPENED_LIMIT} 个字（现在 ${typeof issue.input === 'string' ? Array.from(issue.input).length : '?'} 个字）：手机上打开案例页，第一屏就要看到它`,
});

/** A story's lead image; `src` is relative to the story file, like a Markdown image. */
export const storyImage = z.strictObject({
  src: text,
  alt: z.string({ error: '图片必须写替代文字 alt（给看不见图片的读者描述图片内容）' }).trim().min(1, { error: '图片必须写替代文字 alt（给看不见图片的读者描述图片内容）' }),
  caption: optionalText,
  credit: optionalText,
});

export const correction = z.strictObject({
  date: contentDate,
  note: text,
});

export const storyFrontMatter = z.strictObject({
  title: visibleText,
  kicker: visibleText.optional(),
  subtitle: visibleText.optional(),
  date: contentDate,
  updated: contentDate.optional(),
  section: slug,
  tags: z.array(visibleText).default([]),
  authors: z.array(author).default([]),
  source: optionalText,
  summary: optionalText,
  cases: z.array(slug).default([]),
  figures: z.array(figure).default([]),
  draft: z.boolean().default(false),
  corrections: z.array(correction).default([]),
  image: storyImage.optional(),
  /** Lead story: among stories of the same time, featured ones come first */
  featured: z.boolean().default(false),
});

export const CHANNELS = ['phone', 'sms', 'qq', 'wechat', 'video-call', 'app', 'website', 'in-person', 'other'] as const;
export const OUTCOMES = ['prevented', 'lost', 'recovered', 'partly-recovered'] as const;
/** What a case's `date` marks: the day the scam happened, or the day the resident sought help. */
export const DATE_ROLES = ['occurred', 'sought-help'] as const;

const stepNumber = z.number().int({ error: '应为整数（第几步，从 1 开始）' }).min(1, { error: '步骤从 1 开始编号' });

/** A red flag: plain text, or text with the step it belongs to (1-based) and,
 *  optionally, an explicit anti-intervention mark (see lib/fraud/anti-intervention.ts). */
export const redFlag = z.union([
  text,
  z.strictObject({ text, step: stepNumber.optional(), antiIntervention: z.boolean().optional() }),
]);

export const caseFrontMatter = z
  .strictObject({
    title: visibleText,
    scamType: slug,
    story: slug.optional(),
    /** What happened, in one plain line: the first thing the case page says */
    whatHappened,
    /** The day the report gives, for ordering and lists; `dateIs` says which day it is */
    date: contentDate,
    /** Whether `date` is when the scam happened or when the resident sought help */
    dateIs: z.enum(DATE_ROLES),
    /** When the scam happened, as the report words it: 5月21日凌晨3时许 */
    occurred: visibleText.optional(),
    /** When the resident sought help (called 96110, went to the police), as the report words it */
    soughtHelp: visibleText.optional(),
    person: optionalText,
    channels: z.array(z.enum(CHANNELS)).min(1, { error: '至少需要填写一种联系渠道' }),
    impersonates: optionalText,
    /** What the scammer asked for or tried to take */
    amountAtRisk: amount.optional(),
    amountLost: amount.default({ value: 0, approx: false }),
    outcome: z.enum(OUTCOMES),
    stoppedBy: optionalText,
    redFlags: z.array(redFlag).min(1, { error: '至少需要写一条危险信号' }),
    steps: z.array(text).default([]),
    /** The step (1-based) at which the scam was seen through or stopped */
    stoppedAtStep: stepNumber.optional(),
    /** Advice the report gives on this case (the police's, not the victim's words) */
    advice: optionalText,
    /** After-care pages (content/help/<slug>.md) for what happened in this case */
    situations: z.array(slug).default([]),
    /** The victim's own words, quoted as theirs */
    quote: quote.optional(),
    draft: z.boolean().default(false),
  })
  .superRefine((record, ctx) => {
    for (const problem of checkCaseTimes(record)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message, input: record[problem.field] });
    const stepsHint = record.steps.length ? `steps 只有 ${record.steps.length} 步` : '还没有写 steps';
    if (record.stoppedAtStep !== undefined && record.stoppedAtStep > record.steps.length) {
      ctx.addIssue({ code: 'custom', path: ['stoppedAtStep'], message: `第 ${record.stoppedAtStep} 步不存在（${stepsHint}）`, input: record.stoppedAtStep });
    }
    record.redFlags.forEach((flag, index) => {
      if (typeof flag === 'object' && flag.step !== undefined && flag.step > record.steps.length) {
        ctx.addIssue({ code: 'custom', path: ['redFlags', index, 'step'], message: `第 ${flag.step} 步不存在（${stepsHint}）`, input: flag.step });
      }
    });
    if (record.outcome === 'prevented' && record.amountLost.value > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountLost'],
        message: `outcome 为 prevented（成功劝阻）时损失应为 0，实际为 ${record.amountLost.value}；如有损失，请把 outcome 改为 lost、recovered 或 partly-recovered`,
        input: record.amountLost.value,
      });
    }
  });

/** When a source was published, as precisely as the publication says: 2023, 2023-06 or 2023-06-15.
 *  Kept as that text (a year alone may come from YAML as a number). */
const PUBLISHED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PUBLISHED_HINT = '出版日期写成 2023、2023-06 或 2023-06-15（只写资料上印着的部分）';
export const publishedDate = z.unknown().transform((input, ctx) => {
  const value = typeof input === 'number' && Number.isInteger(input) ? String(input) : input instanceof Date ? input.toISOString().slice(0, 10) : input;
  const match = typeof value === 'string' ? PUBLISHED.exec(value.trim()) : null;
  const [, year, month, day] = match ?? [];
  const realMonth = month === undefined || (Number(month) >= 1 && Number(month) <= 12);
  const realDay = day === undefined || (Number(day) >= 1 && Number(day) <= new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate());
  if (!match || !realMonth || !realDay) {
    ctx.addIssue({ code: 'custom', message: PUBLISHED_HINT, input });
    return z.NEVER;
  }
  return match[0];
});

const webAddress = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { error: '网址应以 https:// 或 http:// 开头' });

/** A publication a scam type's (or an after-care page's) text was written from: one line
 *  of text (本报《…》2022年6月11日), or its parts, which the page puts together and links. */
export const scamTypeSource = z.union([
  visibleText,
  z.strictObject({
    /** Who published it: 公安部, 国家反诈中心, 本报 */
    publisher: visibleText,
    /** Its title, without 《》 */
    title: visibleText,
    date: publishedDate.optional(),
    /** A story on this site that is the source (our own paper's report) */
    story: slug.optional(),
    url: webAddress.optional(),
  }),
]);

const SOURCES_WHAT = '本类型的文字依据哪些资料，如公安部、国家反诈中心的发布或本报的报道';
const HELP_SOURCES_WHAT = '这些做法依据哪些资料，如公安机关、银行或支付平台公开的提醒，或法律法规';

export const scamTypeFrontMatter = z.strictObject({
  name: visibleText,
  /** Search synonyms residents may type, e.g. 假警察 */
  aliases: z.array(text).default([]),
  summary: text,
  /** How the scam unfolds, stage by stage */
  stages: z.array(text).default([]),
  signs: z.array(text).min(1, { error: '至少需要写一条识别信号' }),
  /** What the real institution (police, bank, platform) will never do */
  neverDo: z.array(text).default([]),
  actions: z.array(text).min(1, { error: '至少需要写一条应对办法' }),
  /** The publications the text was written from; the page cites them as 资料来源 */
  sources: z.array(scamTypeSource, { error: `资料来源：写明${SOURCES_WHAT}` }).min(1, { error: `至少需要写一条资料来源：${SOURCES_WHAT}` }),
});

export const section = z.strictObject({
  slug,
  name: text,
  description: optionalText,
});

export const sectionsFile = z.array(section).min(1, { error: '至少需要一个栏目' });

/** Trigger wording (see trigger-pattern.ts); a bad one is an error, never a rule that silently matches nothing. */
export const trigger = text.superRefine((value, ctx) => {
  const compiled = compileTrigger(value);
  if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.message, input: value });
});

/** One of the scam's own moves that make a scam all but certain (content/surest-signs.yml). */
export const surestSign = z.strictObject({
  slug,
  /** What the scammer does, in one sentence a resident understands */
  sign: visibleText,
  /** Why it is all but certain to be a scam */
  why: visibleText,
  triggers: z.array(trigger).min(1, { error: '至少需要一条触发词' }),
  unless: z.array(trigger).default([]),
});

export const surestSignsFile = z.array(surestSign).min(1, { error: '至少需要一条最确定的信号' });

/**
 * One after-care page (content/help/<slug>.md): what to do once something has happened
 * (a code was given, money was sent). The helper links it when a resident's words match
 * its triggers, written like those of surest-signs.yml.
 */
export const helpFrontMatter = z.strictObject({
  title: visibleText,
  /** When it applies, in one sentence a resident understands: shown on /help and under the title */
  when: visibleText,
  /** Wording the helper recognises in what a resident typed */
  triggers: z.array(trigger).min(1, { error: '至少需要一条触发词（居民会怎么说这件事）' }),
  unless: z.array(trigger).default([]),
  /** What to do, in order */
  steps: z.array(text).min(1, { error: '至少需要写一步怎么做' }),
  /** Other after-care pages to read next (slugs of content/help/) */
  related: z.array(slug).default([]),
  /** Place on the /help list: smaller first; pages without it come last */
  order: z.number().int({ error: '应为整数' }).optional(),
  sources: z.array(scamTypeSource, { error: `资料来源：写明${HELP_SOURCES_WHAT}` }).min(1, { error: `至少需要写一条资料来源：${HELP_SOURCES_WHAT}` }),
});

/** A glossary entry (content/glossary.yml): a word residents may not know, explained in place. */
export const glossaryEntry = z.strictObject({
  term: visibleText,
  /** Other ways the same word is written (共享屏幕 for 屏幕共享); each is explained like the term */
  aliases: z.array(visibleText).default([]),
  /** One or two plain sentences */
  definition: z.string({ error: '缺少解释：每个术语都要写 definition（一两句通俗的解释）' }).trim().min(1, { error: '解释不能为空：每个术语都要写一两句通俗的解释' }),
});

export const glossaryFile = z.array(glossaryEntry);

export type StoryFrontMatter = z.output<typeof storyFrontMatter>;
export type CaseFrontMatter = z.output<typeof caseFrontMatter>;
export type ScamTypeFrontMatter = z.output<typeof scamTypeFrontMatter>;
export type Section = z.output<typeof section>;
export type SurestSign = z.output<typeof surestSign>;
export type HelpFrontMatter = z.output<typeof helpFrontMatter>;
export type GlossaryEntry = z.output<typeof glossaryEntry>;
export type Author = z.output<typeof author>;
export type Figure = z.output<typeof figure>;
export type Amount = z.output<typeof amount>;
export type Quote = z.output<typeof quote>;
export type DateRole = (typeof DATE_ROLES)[number];
export type RedFlagInput = z.output<typeof redFlag>;
export type ScamTypeSource = z.output<typeof scamTypeSource>;
export type Channel = (typeof CHANNELS)[number];
export type Outcome = (typeof OUTCOMES)[number];
