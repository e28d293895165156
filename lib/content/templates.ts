/**
 * Templates for `npm run new` (scripts/new-content.ts): one Markdown file per kind,
 * with every front-matter field of the contract explained in Chinese. Each kind's
 * entry in the kinds table (kinds.ts) names its field descriptions and body below.
 *
 * The fields come from the zod schemas themselves, in schema order, and whether a
 * field is required is asked of the schema (does it accept "not given"?), so the
 * template cannot drift from the contract: a new schema key without an entry in the
 * tables below is a type error, and tests/unit/scaffold.test.ts checks the rendered
 * files against the schemas.
 *
 * What an untouched template does, on purpose:
 * - required fields are written with no value (`title:`), which the check reads as
 *   "missing": `npm run content:check` fails until the editor fills them in;
 * - `date` is today's date in Beijing, the one required value we can guess well;
 * - optional fields are commented out (`# kicker: ""`), so an untouched template has
 *   no empty-but-invalid keys; a text field uncommented but not filled in is an
 *   error ("不能为空") rather than a silently empty field;
 * - stories and cases start as `draft: true`, so even a file that passes the check
 *   is only seen in the preview until the editor deletes that line.
 */
import * as z from 'zod';
import type { KindDefinition } from './kind';
import { CHANNEL_LABELS, DATE_ROLE_SUFFIXES, OUTCOME_LABELS } from './labels';
import { CHANNELS, DATE_ROLES, OUTCOMES, WHAT_HAPPENED_LIMIT, caseFrontMatter, helpFrontMatter, scamTypeFrontMatter, storyFrontMatter } from './schema';

/** What the folder already holds, so hints can name the values an editor may use. */
export interface TemplateContext {
  /** Today in Beijing, YYYY-MM-DD */
  today: string;
  sections: readonly { slug: string; name: string }[];
  scamTypes: readonly string[];
  /** Slugs of the after-care pages (content/help/) */
  situations: readonly string[];
}

export interface FieldDoc {
  /** What the field means, in the editors' words */
  meaning: string | ((context: TemplateContext) => string);
  /** A realistic example: `key: value`, or several YAML lines */
  example: string;
  /** The commented-out YAML written for an optional field; default `key: ""` */
  skeleton?: string;
  /** A value the template fills in and leaves uncommented (today's date, draft: true) */
  preset?: (context: TemplateContext) => string;
}

type Shape = z.ZodRawShape;
/** One entry per schema key: adding a key to a schema without documenting it does not compile. */
export type FieldDocs<S extends Shape> = { [K in keyof S]: FieldDoc };

/** A field is required when the schema refuses it being left out. */
export function isRequired(schema: z.core.$ZodType): boolean {
  return !z.safeParse(schema, undefined).success;
}

const listOf = (values: readonly string[]) => values.join('、');

const DRAFT: FieldDoc = {
  meaning:
    '草稿开关。模板先写了 draft: true：草稿不会在网站上显示，但 npm run dev 预览里能看到（标“草稿”）。检查通过、预览无误后，删掉这一行（或改成 draft: false）才会发布',
  example: 'draft: true',
  preset: () => 'true',
};

export const STORY_FIELDS: FieldDocs<typeof storyFrontMatter.shape> = {
  title: { meaning: '主标题', example: 'title: "为群众追赃挽损两千余万元"' },
  kicker: { meaning: '引题（主标题上方的小字）', example: 'kicker: "市公安局打击治理“电诈”犯罪"' },
  subtitle: { meaning: '副题（主标题下方）', example: 'subtitle: "全市立案同比下降43.9%"' },
  date: {
    meaning: '见报日期，写成 YYYY-MM-DD（北京时间）；模板先填了今天，不是今天见报请改',
    example: 'date: 2022-06-11',
    preset: (context) => context.today,
  },
  updated: { meaning: '最后修改日期，更正已发布的稿件时填写，不能早于 date', example: 'updated: 2022-06-12', skeleton: 'updated:' },
  section: {
    meaning: (context) =>
      `所属栏目，写栏目的 slug，必须是 content/sections.yml 里有的；现有栏目：${
        listOf(context.sections.map((s) => `${s.slug}（${s.name}）`)) || '（还没有栏目）'
      }`,
    example: 'section: law',
  },
  tags: { meaning: '标签，用于归类和搜索；同一个标签请和别的稿件写法一致（繁简、全角半角都要一样）', example: 'tags: ["反诈", "电信网络诈骗"]', skeleton: 'tags:\n  - ""' },
  authors: {
    meaning: '署名，按电头里的顺序；每项写 name（姓名）和 role（身份，如 记者、通讯员）',
    example: 'authors:\n  - name: "杨沫"\n    role: "记者"\n  - name: "杨宇雨"\n    role: "通讯员"',
    skeleton: 'authors:\n  - name: ""\n    role: "记者"',
  },
  source: { meaning: '电头，如 本报讯；电头和署名不要写进正文，网页会自动显示在第一段前面', example: 'source: "本报讯"' },
  summary: {
    meaning: '摘要，显示在列表页和搜索结果里；不写时自动取正文第一段，第一段太短或不适合做摘要时才需要写',
    example: 'summary: "6月10日，市政府新闻办举行新闻发布会，通报全市打击治理电信网络诈骗犯罪工作情况。"',
  },
  cases: {
    meaning: '本文收录的反诈案例，写 content/cases/ 里的文件名（不含 .md），顺序就是页面上显示的顺序；正文里用单独一行 ::cases 标出显示的位置',
    example: 'cases:\n  - credit-record-bait\n  - fake-shopping-customer-service',
    skeleton: 'cases:\n  - ""',
  },
  figures: {
    meaning:
      '数据卡片；每项写 label（说明，必填）、value（数字，必填，不加引号、单位和逗号）、unit（单位，可选）、approx（报道写的是“2085.7万余元”这样的约数时写 true，网页显示“余”，可选）、note（备注，可选）',
    example: 'figures:\n  - label: "累计为群众返还资金"\n    value: 20857000\n    unit: "元"\n    approx: true',
    skeleton: 'figures:\n  - label: ""\n    value:\n    unit: ""',
  },
  draft: DRAFT,
  corrections: {
    meaning: '更正记录，显示在稿件末尾；每项写 date（更正日期）和 note（改了什么），旧记录不要删除，同时把 updated 改成更正当天',
    example: 'corrections:\n  - date: 2022-06-12\n    note: "更正第二段中的一处错字。"',
    skeleton: 'corrections:\n  - date:\n    note: ""',
  },
  image: {
    meaning:
      '题图（显示在标题下方）；src 是图片路径，从本文件所在的文件夹算起，图片必须放在 content 文件夹里；alt 是替代文字（必填，给看不见图片的读者描述图片内容）；caption（图片说明）和 credit（摄影者）可选',
    example: 'image:\n  src: "../images/press-conference.jpg"\n  alt: "市政府新闻办新闻发布会现场"\n  caption: "6月10日，市政府新闻办举行新闻发布会。"\n  credit: "记者 杨沫 摄"',
    skeleton: 'image:\n  src: ""\n  alt: ""',
  },
  featured: { meaning: '头条：写 true 时，同一时间发布的稿件里它排在最前', example: 'featured: true', skeleton: 'featured: true' },
};

export const CASE_FIELDS: FieldDocs<typeof caseFrontMatter.shape> = {
  title: { meaning: '案例标题，一般用报道里的小标题', example: 'title: "冒充公检法人员诈骗"' },
  scamType: {
    meaning: (context) =>
      `骗局类型，写 content/scam-types/ 里的文件名（不含 .md）；现有类型：${listOf(context.scamTypes) || '（还没有，请先用 npm run new -- scam-type <slug> 新建）'}`,
    example: 'scamType: impersonating-authorities',
  },
  story: { meaning: '报道这个案例的新闻稿，写 content/stories/ 里的文件名（不含 .md）', example: 'story: typical-anti-fraud-cases', skeleton: 'story:' },
  whatHappened: {
    meaning: `一句话说清发生了什么（不超过 ${WHAT_HAPPENED_LIMIT} 个字）：谁冒充谁、让当事人做什么、涉及多少钱；只写报道里有的事实，用市民的话写。手机上打开案例页，第一屏就显示这句话`,
    example: 'whatHappened: "自称黑龙江公安局的人打电话说王女士有张非法银行卡，要她找安静的地方加QQ视频“配合调查”，否则逮捕她。"',
  },
  date: {
    meaning:
      '报道里写的日期，写成 YYYY-MM-DD（北京时间），用来排序和在列表里显示；它是案发那天还是当事人求助那天，由下面的 dateIs 说明。模板先填了今天，请改成报道里写的日期',
    example: 'date: 2022-05-21',
    preset: (context) => context.today,
  },
  dateIs: {
    meaning: `date 是哪一天：${listOf(DATE_ROLES.map((role) => `${role}（${DATE_ROLE_SUFFIXES[role]}那天）`))}。报道写“5月20日，反诈中心接到李女士电话咨询”时，date 是求助那天，写 sought-help`,
    example: 'dateIs: sought-help',
  },
  occurred: {
    meaning: '骗局发生的时间，照报道的原话写（如“6月1日”“5月21日凌晨3时许”），不要改写成数字时间；报道没写就不写。dateIs 是 occurred 时，这里的月、日必须和 date 一致',
    example: 'occurred: "6月1日"',
  },
  soughtHelp: {
    meaning: '当事人求助（打96110、到公安机关问询）的时间，照报道的原话写；报道没写就不写。dateIs 是 sought-help 时，这里的月、日必须和 date 一致，也不能早于 occurred',
    example: 'soughtHelp: "5月21日凌晨3时许"',
  },
  person: { meaning: '当事人（化名或称呼）', example: 'person: "王女士"' },
  channels: {
    meaning: `骗子使用的渠道，至少一种，只能从以下选：${listOf(CHANNELS.map((c) => `${c}（${CHANNEL_LABELS[c]}）`))}`,
    example: 'channels:\n  - phone\n  - qq\n  - video-call',
  },
  impersonates: { meaning: '骗子冒充的身份', example: 'impersonates: "黑龙江公安局"' },
  amountAtRisk: {
    meaning:
      '骗子索要或企图骗取的金额（元），只写数字：“6.2万元”写 62000；报道写的是“15万余元”这样的约数时，写成 { value: 150000, approx: true }，网页照样显示“15万余元”',
    example: 'amountAtRisk: { value: 150000, approx: true }',
    skeleton: 'amountAtRisk:',
  },
  amountLost: {
    meaning: '实际损失（元），写法同 amountAtRisk，不写时按 0 计算；outcome 是 prevented 时必须为 0',
    example: 'amountLost: 0',
    skeleton: 'amountLost:',
  },
  outcome: {
    meaning: `结果，只能从以下选：${listOf(OUTCOMES.map((o) => `${o}（${OUTCOME_LABELS[o]}）`))}`,
    example: 'outcome: prevented',
  },
  stoppedBy: { meaning: '骗局是怎样被识破或阻止的', example: 'stoppedBy: "拨打反诈热线96110咨询"' },
  redFlags: {
    meaning:
      '危险信号，至少一条，每条一句短语；可以只写文字，也可以写成 text（文字）+ step（属于第几步，从 1 数起）+ antiIntervention（可选，true 表示“阻断求助”类信号）',
    example:
      'redFlags:\n  - text: "自称黑龙江公安局来电"\n    step: 1\n  - text: "让她先转一笔钱“验证资金”，说验证完就退回"\n    step: 3\n    antiIntervention: true\n  - "威胁不配合就逮捕"',
  },
  steps: {
    meaning: '骗子的作案步骤，按先后顺序，只写报道里有的；网页显示为时间线',
    example: 'steps:\n  - "自称黑龙江公安局打来电话。"\n  - "称王女士有一张非法银行卡。"',
    skeleton: 'steps:\n  - ""',
  },
  stoppedAtStep: {
    meaning: '骗局在第几步被识破或拦下（从 1 数起，不能超过 steps 的步数）',
    example: 'stoppedAtStep: 4',
    skeleton: 'stoppedAtStep:',
  },
  advice: {
    meaning: '报道里民警或有关部门针对本案给出的提醒，一句话，网页标作“民警提醒”；报道没有就不写。当事人自己说的话不要写在这里，写在 quote 里',
    example: 'advice: "要通过正规渠道还款。"',
  },
  quote: {
    meaning: '当事人自己说的话，网页作为引语显示并注明是谁说的；text 照录报道里的话，who 写说话人（如 张先生）',
    example: 'quote:\n  text: "今后要谨慎交友,提高防范意识。"\n  who: "张先生"',
    skeleton: 'quote:\n  text: ""\n  who: ""',
  },
  situations: {
    meaning: (context) =>
      `案例页链接的“已经发生了怎么办”应对指南，写 content/help/ 里的文件名（不含 .md），只写本案真的发生了或差一点发生的情况；现有：${
        listOf(context.situations) || '（还没有）'
      }`,
    example: 'situations:\n  - screen-shared\n  - verification-code-given',
    skeleton: 'situations:\n  - ""',
  },
  draft: DRAFT,
};

export const SCAM_TYPE_FIELDS: FieldDocs<typeof scamTypeFrontMatter.shape> = {
  name: { meaning: '类型名称', example: 'name: "冒充公检法类"' },
  aliases: { meaning: '市民可能搜索的说法（同义词）', example: 'aliases: ["假警察", "冒充公安"]', skeleton: 'aliases:\n  - ""' },
  summary: { meaning: '一两句话说明这种骗局怎么骗人', example: 'summary: "诈骗分子自称外地公安局来电，称你有一张非法银行卡……"' },
  stages: { meaning: '骗局怎么运作，分几个阶段', example: 'stages:\n  - "冒充外地公安机关来电"\n  - "要求加QQ视频“配合调查”"', skeleton: 'stages:\n  - ""' },
  signs: { meaning: '危险信号，至少一条', example: 'signs:\n  - "要求找一处安静的地方视频配合调查"' },
  neverDo: { meaning: '真正的机构（警察、银行、平台）绝不会做的事', example: 'neverDo:\n  - "公安机关不会要求你转账"', skeleton: 'neverDo:\n  - ""' },
  actions: { meaning: '遇到时应该怎么做，至少一条', example: 'actions:\n  - "挂断电话"\n  - "拨打96110咨询"' },
  sources: {
    meaning:
      '资料来源：这一类型的文字是依据哪些资料写的，至少一条，显示在类型页末尾的“资料来源”里。每条写 publisher（发布单位，如 公安部、国家反诈中心、本报）和 title（标题，不加书名号），可选 date（出版日期，写成 2023、2023-06 或 2023-06-15）、story（资料是本站的稿件时，写稿件的文件名，网页会链接过去）、url（网上原文的网址）；也可以只写一行文字。只写真正参考过的资料',
    example:
      'sources:\n  - publisher: "本报"\n    title: "发布反诈典型案例 增强全民反诈意识"\n    date: 2022-06-11\n    story: typical-anti-fraud-cases\n  - publisher: "公安部"\n    title: "十大高发电信网络诈骗类型"\n    date: 2023-06-15\n    url: "https://www.mps.gov.cn/……（网上原文的网址）"',
  },
};

export const HELP_FIELDS: FieldDocs<typeof helpFrontMatter.shape> = {
  title: { meaning: '标题：发生了什么，用居民自己的话说', example: 'title: "验证码告诉了别人"' },
  when: {
    meaning: '什么时候看这一篇，一句话；显示在“我该怎么办”页面的列表里和标题下面',
    example: 'when: "把手机收到的短信验证码念给、发给了对方，或者填进了对方发来的链接。"',
  },
  triggers: {
    meaning:
      '触发词，至少一条：居民在“我该怎么办”里写的话符合其中一条，页面就会链接这一篇。写法和 content/surest-signs.yml 相同：几组词用“ + ”连起来，每组里可以互换的词用“|”分开，同一句话里按顺序出现、前后两组最多隔 8 个字才算',
    example: 'triggers:\n  - "验证码|校验码 + 告诉|给|发|念|报"\n  - "告诉|给|发|念|报 + 验证码|校验码"',
  },
  unless: {
    meaning: '例外，写法和触发词相同：同一句话或前一句里出现这些说法时不算，例如“没有告诉他验证码”',
    example: 'unless:\n  - "没|没有|未|不会 + 告诉|给|发|念|报 + 验证码"',
    skeleton: 'unless:\n  - ""',
  },
  steps: {
    meaning: '怎么做，按先后顺序，至少一步；每一步一句话，写老人也能照着做的具体动作；只写资料里有的做法，不编造电话号码和数字',
    example: 'steps:\n  - "马上拨打 110 报警。"\n  - "打银行卡背面的客服电话，冻结银行卡。"',
  },
  related: {
    meaning: '接着可以看的其他应对指南，写 content/help/ 里的文件名（不含 .md）',
    example: 'related:\n  - bank-card-transfer',
    skeleton: 'related:\n  - ""',
  },
  order: { meaning: '在“我该怎么办”页面列表里的位置，数字小的排在前面；不写的排在最后', example: 'order: 10', skeleton: 'order:' },
  sources: {
    meaning:
      '资料来源，至少一条，写法和骗局类型的 sources 相同：每条写 publisher（发布单位）和 title（标题，不加书名号），可选 date、story、url；也可以只写一行文字。只写真正参考过的公安机关、银行、支付平台的公开提醒或法律法规',
    example:
      'sources:\n  - publisher: "全国人民代表大会常务委员会"\n    title: "中华人民共和国反电信网络诈骗法"\n    date: 2022-09-02\n    url: "https://……（网上原文的网址）"\n  - publisher: "本报"\n    title: "发布反诈典型案例 增强全民反诈意识"\n    date: 2022-06-11\n    story: typical-anti-fraud-cases',
  },
};

function header(label: string): string[] {
  return [
    `# ${label}的文件头：一行一个字段，写法是“字段名: 值”。以 # 开头的行是说明，不会发布。`,
    '# 【必填】字段的值先空着：没填好之前运行 npm run content:check 会报错，这是故意的。',
    '# 【可选】字段前面有“# ”：要用时删掉行首的“# ”两个字符（后面的空格缩进要保留）再填写；不用就不要动。',
    '# 文字值请放在英文双引号里。所有字段的说明见 content/README.md。',
  ];
}

function comment(lines: string): string[] {
  return lines.split('\n').map((line) => (line ? `# ${line}` : '#'));
}

function renderField(key: string, schema: z.core.$ZodType, doc: FieldDoc, context: TemplateContext): string[] {
  const required = isRequired(schema);
  const meaning = typeof doc.meaning === 'function' ? doc.meaning(context) : doc.meaning;
  const example = doc.example.includes('\n') ? ['# 例：', ...comment(doc.example.replace(/^/gm, '  '))] : [`# 例：${doc.example}`];
  let value: string[];
  if (doc.preset) value = [`${key}: ${doc.preset(context)}`];
  else if (required) value = [`${key}:`];
  else value = comment(doc.skeleton ?? `${key}: ""`);
  return [`# ${meaning}。【${required ? '必填' : '可选'}】`, ...example, ...value];
}

/** A new file of the kind: front matter with every schema field, in schema order, then the guiding body. */
export function renderTemplate(kind: Pick<KindDefinition, 'label' | 'schema' | 'template'>, context: TemplateContext): string {
  const { shape } = kind.schema;
  const docs: Record<string, FieldDoc | undefined> = kind.template.fields;
  const fields = Object.entries(shape).map(([key, schema]) => {
    const doc = docs[key];
    // Unreachable while the tables type-check; guards a schema edited without them.
    if (!doc) throw new Error(`templates.ts: no description for field ${key}`);
    return renderField(key, schema, doc, context).join('\n');
  });
  return ['---', ...header(kind.label), '', fields.join('\n\n'), '---', ''].join('\n') + kind.template.body;
}

// Bodies are HTML comments: they guide the editor, are never published, and leave an
// untouched body empty (which the story summary warning then points out).
export const STORY_BODY = `
<!-- 正文写在这里（这段说明不会显示在网页上，写完可以删掉）：
一个自然段写成一行，段与段之间空一行。
第一段从电头后面的文字开始：“本报讯(记者 …)”不写进正文，填在文件头的 source 和 authors 里。
小标题用“## ”开头，不要用“# ”，标题由 title 显示。
要在正文里插入案例，就在那个位置单独写一行 ::cases（前后各空一行），并在文件头的 cases 里列出案例。 -->
`;

export const CASE_BODY = `
<!-- 正文写在这里（这段说明不会显示在网页上，写完可以删掉）：
照录报道里这个案例小标题下的全部段落，一个自然段写成一行，段与段之间空一行；正文里不要再写小标题。 -->
`;

export const HELP_BODY = `
<!-- 正文可以不写。需要时用一两段通俗的话说明为什么要这样做；不要编造事实、电话号码或统计数字。
看不懂的词可以写成 [[征信]]，网页会在这里解释它（解释写在 content/glossary.yml 里）。写完可以删掉这段说明。 -->
`;

export const SCAM_TYPE_BODY = `
<!-- 正文可以不写。需要时用一两段通俗的话解释这类骗局；不要编造事实或统计数字。写完可以删掉这段说明。 -->
`;
