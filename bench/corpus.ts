/**
 * A deterministic synthetic content folder for the benchmarks: the bundled content
 * (content/) plus generated stories, cases and scam types, written as Markdown with
 * front matter exactly as editors write it, so `npm run content:check` and
 * `next build` accept it. Same size and seed, same bytes, on every machine.
 *
 *   npx tsx bench/corpus.ts --stories 10000 [--out bench/.corpus/stories-10000] [--seed 20220611]
 *   CONTENT_DIR=bench/.corpus/stories-10000 npm run content:check
 *
 * What it holds, for N stories in total (the 3 bundled ones included):
 *   - stories over 20 years (2006–2025, Beijing time), in year subfolders, spread over
 *     8 sections; 1–4 tags from ~150 (a few very common, a long tail); bylines,
 *     kickers, figures, headings, lists, links, a dateline lead-in; 1% drafts;
 *   - cases: N/100 (at least 20, at most 1,000), each linked to a law story that lists
 *     it (`cases:` plus the ::cases marker in some bodies), with steps and red flags;
 *   - scam types: the 5 bundled plus 4 generated (the search benchmark's catalogue).
 * Text is sentence templates filled from word lists per topic, so it reads like
 * municipal news (it is not meant to make sense), with Zipf-like word frequencies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng, SCAM_TYPES, SECTIONS } from './search/corpus';

export const CORPUS_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '.corpus');
const PROJECT_ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** Bump when the generator's output changes, so cached corpora are rewritten. */
const GENERATOR_VERSION = 5;

export interface CorpusOptions {
  stories: number;
  out?: string;
  seed?: number;
}

export interface CorpusInfo {
  dir: string;
  stories: number;
  cases: number;
  scamTypes: number;
  files: number;
  bytes: number;
  newestStory: string;
  oldestStory: string;
  /** A case page to benchmark */
  caseSlug: string;
  generator: number;
  seed: number;
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Zipf-like: index i has weight 1/(i+offset). */
function zipfIndex(random: Random, length: number, offset = 2): number {
  // Inverse transform on the continuous approximation: fast and good enough for test data.
  const max = Math.log((length + offset) / offset);
  return Math.min(length - 1, Math.floor(offset * Math.exp(random() * max) - offset));
}
const zipf = <T>(random: Random, list: readonly T[], offset = 2): T => list[zipfIndex(random, list.length, offset)] as T;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const DISTRICTS = ['迎泽区', '小店区', '杏花岭区', '万柏林区', '尖草坪区', '晋源区', '清徐县', '阳曲县', '娄烦县', '古交市', '综改示范区', '不锈钢产业园区'];
const STREETS = ['柳巷街道', '府东街道', '桥东街道', '坞城街道', '北营街道', '黄陵街道', '大东关街道', '涧河街道', '和平街道', '义井街道', '晋祠镇', '姚村镇'];
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红飞鹏辉林宇浩凯健俊帆鑫斌波宁欣怡晨阳雪梅亮峰毅琳婷岩晶蕾';

const TOPICS: Record<string, { orgs: string[]; nouns: string[]; actions: string[]; goals: string[]; tags: string[]; kickers: string[] }> = {
  law: {
    orgs: ['市公安局', '市中级人民法院', '市人民检察院', '市司法局', '反诈中心', '市律师协会', '区人民法院', '派出所'],
    nouns: ['电信网络诈骗', '司法救助', '法律援助', '支持起诉', '扫黑除恶', '养老诈骗', '追赃挽损', '矛盾纠纷', '普法宣传', '公益诉讼'],
    actions: ['依法审结', '集中宣判', '破获', '开展专项行动', '发布典型案例', '召开新闻发布会', '上门走访', '启动绿色通道', '完成执行'],
    goals: ['维护群众合法权益', '守护群众钱袋子', '提升办案质效', '推进诉源治理', '营造安全稳定的社会环境'],
    tags: [
      '反诈',
      '司法救助',
      '法律援助',
      '普法',
      '公益诉讼',
      '扫黑除恶',
      '养老诈骗',
      '追赃挽损',
      '典型案例',
      '平安建设',
      '禁毒',
      '交通安全',
      '消防安全',
      '社区矫正',
      '人民调解',
      '知识产权保护',
      '未成年人保护',
      '劳动争议',
    ],
    kickers: ['以案说法', '反诈进行时', '平安太原', '法治视点'],
  },
  livelihood: {
    orgs: ['市人社局', '市民政局', '市医保局', '市住建局', '社区居委会', '市总工会', '市妇联', '街道办事处'],
    nouns: ['就业服务', '养老服务', '社区食堂', '供暖保障', '老旧小区改造', '困难群众救助', '医保报销', '托育服务', '菜篮子工程', '农民工工资'],
    actions: ['推出新举措', '启动', '全面铺开', '集中办理', '走访慰问', '开通热线', '上线服务平台', '发放补贴'],
    goals: ['让群众办事更方便', '兜牢民生底线', '提升居民幸福感', '解决群众急难愁盼问题', '打通服务最后一公里'],
    tags: [
      '社区服务',
      '就业',
      '社保',
      '医保',
      '养老',
      '供暖',
      '民生实事',
      '老旧小区改造',
      '托育',
      '农民工',
      '困难救助',
      '志愿服务',
      '物价',
      '燃气安全',
      '便民服务',
      '退役军人',
    ],
    kickers: ['民生关注', '办好民生实事', '社区新事', '暖心服务'],
  },
  city: {
    orgs: ['市规划和自然资源局', '市城乡管理局', '市交通运输局', '地铁集团', '市园林局', '市市政公用局', '市生态环境局'],
    nouns: ['地铁二号线', '城市更新', '道路改造', '口袋公园', '停车设施', '雨污分流', '垃圾分类', '绿道建设', '桥梁维修', '充电桩'],
    actions: ['全面开工', '顺利通车', '完成主体施工', '进入收尾阶段', '征求市民意见', '加快推进', '投入使用'],
    goals: ['缓解交通拥堵', '提升城市品质', '改善人居环境', '方便市民出行', '建设宜居城市'],
    tags: ['地铁', '城市更新', '道路交通', '停车', '公园绿地', '垃圾分类', '生态环境', '空气质量', '市政工程', '公交', '汾河', '城市规划', '供水', '排水防涝'],
    kickers: ['城建动态', '项目一线', '城市更新进行时'],
  },
  economy: {
    orgs: ['市发改委', '市商务局', '市工信局', '市统计局', '市税务局', '市市场监管局', '综改示范区管委会'],
    nouns: ['营商环境', '重点项目', '招商引资', '数字经济', '消费市场', '外贸进出口', '中小企业', '新能源产业', '夜间经济', '首店经济'],
    actions: ['集中签约', '发布数据', '出台政策', '举办推介会', '实现增长', '落地投产', '开展帮扶'],
    goals: ['推动高质量发展', '稳住经济大盘', '激发市场活力', '扩大有效投资', '促进消费回暖'],
    tags: ['营商环境', '招商引资', '重点项目', '数字经济', '消费', '外贸', '中小企业', '新能源', '统计数据', '金融服务', '市场监管', '税收', '民营经济'],
    kickers: ['经济观察', '发展一线', '数说经济'],
  },
  education: {
    orgs: ['市教育局', '市实验中学', '太原理工大学', '市第五中学', '市幼教中心', '市职业技术学院'],
    nouns: ['课后服务', '中考招生', '高考', '学前教育', '职业教育', '校园安全', '双减', '教师培训', '新建学校', '研学实践'],
    actions: ['正式启动', '公布方案', '顺利开考', '新增学位', '开展培训', '举办开放日'],
    goals: ['办好人民满意的教育', '促进教育公平', '减轻学生负担', '提升育人质量'],
    tags: ['中考', '高考', '招生', '双减', '课后服务', '学前教育', '职业教育', '校园安全', '教师', '高校', '研学', '心理健康'],
    kickers: ['教育关注', '校园新闻', '招考季'],
  },
  health: {
    orgs: ['市卫健委', '市人民医院', '市中心医院', '市疾控中心', '社区卫生服务中心', '市急救中心'],
    nouns: ['家庭医生签约', '慢病管理', '疫苗接种', '义诊活动', '急救培训', '医联体建设', '健康体检', '互联网医院'],
    actions: ['全面推开', '走进社区', '开通服务', '启动', '完成改造', '发布提示'],
    goals: ['守护群众健康', '让群众少跑腿', '提升基层医疗服务能力', '方便群众就医'],
    tags: ['医疗', '义诊', '疫苗', '家庭医生', '健康提示', '急救', '医联体', '中医药', '慢性病', '食品安全', '控烟'],
    kickers: ['健康太原', '医卫动态', '健康提示'],
  },
  culture: {
    orgs: ['市文旅局', '市博物馆', '市图书馆', '晋祠博物馆', '市文化馆', '市美术馆', '山西大剧院'],
    nouns: ['非遗展演', '文物保护', '全民阅读', '文化惠民演出', '古建修缮', '博物馆之夜', '民俗活动', '旅游线路'],
    actions: ['开幕', '免费开放', '精彩上演', '推出', '圆满落幕', '迎来客流高峰'],
    goals: ['丰富群众精神文化生活', '传承优秀传统文化', '推动文旅融合', '擦亮城市文化名片'],
    tags: ['非遗', '文物', '博物馆', '全民阅读', '演出', '旅游', '晋祠', '民俗', '美术展览', '电影', '书法', '传统节日'],
    kickers: ['文化视点', '文旅资讯', '周末去哪儿'],
  },
  sports: {
    orgs: ['市体育局', '市体育中心', '市足球协会', '市马拉松组委会', '市全民健身中心'],
    nouns: ['太原马拉松', '全民健身', '青少年足球', '社区运动会', '健身步道', '冰雪运动', '体育场馆开放'],
    actions: ['鸣枪开跑', '圆满收官', '正式开赛', '免费开放', '决出冠军', '启动报名'],
    goals: ['推动全民健身', '建设体育强市', '丰富市民业余生活', '增强人民体质'],
    tags: ['马拉松', '全民健身', '足球', '篮球', '青少年体育', '体育场馆', '赛事', '冰雪运动', '健身步道'],
    kickers: ['体育资讯', '赛场内外', '全民健身'],
  },
};

/** Tags many stories share, whatever their section. */
const CROSS_TAGS = ['市政府新闻办发布会', '两会', '民生实事', '疫情防控', '安全生产', '优化营商环境', '乡村振兴', '党建引领', '网格化管理', '数字政府'];

const TIME_PHRASES = ['近日', '日前', '今年以来', '上半年', '截至目前', '连日来', '昨天上午', '近年来', '本月起', '国庆假期期间', '春节前夕', '入冬以来'];
const CONNECTORS = ['据介绍，', '记者了解到，', '与此同时，', '下一步，', '此外，', '据统计，', '值得一提的是，', '在现场，', '对此，', ''];
const QUOTE_ROLES = ['相关负责人', '工作人员', '社区书记', '一位市民', '带队民警', '主办方负责人', '专家'];
const QUOTES = [
  '我们将持续加大工作力度，确保各项措施落到实处',
  '这件事办得快、办得好，真正解决了我们的难题',
  '希望更多市民参与进来，共同营造良好氛围',
  '下一步还会根据群众反映的问题继续改进',
  '遇到拿不准的情况，一定要先打电话问清楚',
  '这项服务开通以来，前来咨询的群众越来越多',
];
const UNITS = ['万元', '人次', '个', '项', '公里', '户', '场', '件', '家'];

function personName(random: Random): string {
  return pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : '');
}

function numberPhrase(random: Random): string {
  const value = random() < 0.3 ? (int(random, 10, 9999) / 10).toFixed(1) : String(int(random, 2, 5000));
  return `${value}${pick(random, UNITS)}`;
}

function sentence(random: Random, topic: (typeof TOPICS)[string]): string {
  const org = zipf(random, topic.orgs);
  const noun = zipf(random, topic.nouns);
  const templates = [
    () => `${pick(random, TIME_PHRASES)}，${org}${zipf(random, topic.actions)}${noun}相关工作，${pick(random, topic.goals)}。`,
    () =>
      `${pick(random, CONNECTORS)}${pick(random, DISTRICTS)}${pick(random, STREETS)}围绕${noun}累计完成${numberPhrase(random)}，同比增长${int(random, 2, 60)}%。`,
    () => `${pick(random, CONNECTORS)}${org}${pick(random, QUOTE_ROLES)}${personName(random)}表示：“${pick(random, QUOTES)}。”`,
    () => `${pick(random, CONNECTORS)}${noun}工作涉及${pick(random, DISTRICTS)}等${int(random, 3, 12)}个县（市、区），共${numberPhrase(random)}。`,
    () => `市民${personName(random).slice(0, 1)}先生说，以前${noun}要跑好几趟，现在在家门口就能办，${pick(random, ['省心多了', '方便了不少', '大家都说好'])}。`,
    () => `${org}将继续推进${noun}，${pick(random, topic.goals)}，力争在${int(random, 1, 12)}月底前全面完成。`,
    () =>
      `${pick(random, CONNECTORS)}${pick(random, TIME_PHRASES)}，${pick(random, DISTRICTS)}共${zipf(random, topic.actions)}${numberPhrase(random)}，${pick(random, topic.goals)}。`,
  ];
  return pick(random, templates)();
}

function paragraph(random: Random, topic: (typeof TOPICS)[string], sentences = int(random, 2, 5)): string {
  let text = '';
  for (let i = 0; i < sentences; i++) text += sentence(random, topic);
  return text;
}

interface StorySpec {
  slug: string;
  year: number;
  date: string;
  epochDay: number;
  section: string;
  draft: boolean;
  cases: string[];
}

const DAY_MS = 86400000;
const FIRST_DAY = Date.UTC(2006, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;

function dayString(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

const GENERATED_SCAM_TYPES = SCAM_TYPES.filter((type) => ['task-rebate', 'fake-investment', 'fake-loan', 'game-trading'].includes(type.slug));
const BUNDLED_SCAM_TYPES = ['fake-credit-record', 'fake-customer-service', 'fake-debt-collection', 'impersonating-authorities', 'sextortion'];

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function yamlList(key: string, values: readonly string[], indent = ''): string {
  return values.length ? `${indent}${key}:\n${values.map((v) => `${indent}  - ${yamlString(v)}`).join('\n')}\n` : '';
}

function storyFile(random: Random, spec: StorySpec, storySlugs: readonly string[]): string {
  const topic = TOPICS[spec.section] as (typeof TOPICS)[string];
  const noun = zipf(random, topic.nouns);
  const title = `${pick(random, DISTRICTS)}${noun}${zipf(random, topic.actions)}`;
  const tagCount = int(random, 1, 4);
  const tags = new Set<string>();
  for (let i = 0; i < tagCount; i++) tags.add(random() < 0.15 ? zipf(random, CROSS_TAGS) : zipf(random, topic.tags, 1.5));
  const authors = Array.from({ length: int(random, 1, 3) }, (_, i) => ({ name: personName(random), role: i === 0 ? '记者' : '通讯员' }));
  const hasTime = random() < 0.4;
  const date = hasTime ? `${spec.date}T${String(int(random, 7, 21)).padStart(2, '0')}:${String(int(random, 0, 59)).padStart(2, '0')}` : spec.date;
  let front = `---\ntitle: ${yamlString(title)}\n`;
  if (random() < 0.4) front += `kicker: ${yamlString(pick(random, topic.kickers))}\n`;
  if (random() < 0.15) front += `subtitle: ${yamlString(`${pick(random, topic.orgs)}${pick(random, topic.goals)}`)}\n`;
  front += `date: ${date}\n`;
  if (random() < 0.05) front += `updated: ${dayString(spec.epochDay + int(random, 1, 10))}\n`;
  front += `section: ${spec.section}\n`;
  front += yamlList('tags', [...tags]);
  front += `authors:\n${authors.map((a) => `  - name: ${yamlString(a.name)}\n    role: ${yamlString(a.role)}`).join('\n')}\n`;
  front += 'source: "本报讯"\n';
  if (random() < 0.2) front += `summary: ${yamlString(paragraph(random, topic, 1))}\n`;
  if (spec.cases.length) front += yamlList('cases', spec.cases);
  if (random() < 0.1) {
    front += 'figures:\n';
    for (let i = int(random, 1, 3); i > 0; i--) {
      front += `  - label: ${yamlString(`${zipf(random, topic.nouns)}${pick(random, ['完成', '覆盖', '惠及', '新增'])}`)}\n    value: ${int(random, 3, 90000)}\n    unit: ${yamlString(pick(random, UNITS))}\n`;
    }
  }
  if (spec.draft) front += 'draft: true\n';
  front += '---\n\n';

  const parts: string[] = [paragraph(random, topic, int(random, 3, 5))];
  const sections = int(random, 1, 3);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${zipf(random, topic.nouns)}${pick(random, ['有了新进展', '怎么办', '这样推进', '成效明显', '群众点赞'])}`);
    for (let p = int(random, 1, 3); p > 0; p--) parts.push(paragraph(random, topic));
    if (random() < 0.2) parts.push(Array.from({ length: int(random, 2, 4) }, () => `- ${sentence(random, topic)}`).join('\n'));
    if (random() < 0.1) parts.push(`> ${sentence(random, topic)}`);
  }
  if (spec.cases.length && random() < 0.5) parts.splice(Math.min(parts.length, 2), 0, '::cases');
  if (random() < 0.15 && storySlugs.length) {
    const other = pick(random, storySlugs);
    parts.push(`相关阅读：[${pick(random, topic.nouns)}的更多报道](/news/${other})`);
  }
  if (random() < 0.3) parts[parts.length - 1] += ` **${pick(random, topic.goals)}。**`;
  return front + parts.join('\n\n') + '\n';
}

const CHANNEL_LIST = ['phone', 'sms', 'qq', 'wechat', 'video-call', 'app', 'website'] as const;

function caseFile(random: Random, slug: string, scamType: { slug: string; name: string }, story: StorySpec): string {
  const topic = TOPICS.law as (typeof TOPICS)[string];
  const person = `${pick(random, [...SURNAMES])}${pick(random, ['女士', '先生', '大爷', '阿姨'])}`;
  const steps = Array.from({ length: int(random, 3, 6) }, (_, i) =>
    pick(random, [
      `对方自称${pick(random, ['客服', '民警', '银行工作人员', '快递员', '贷款专员'])}，主动联系${person}。`,
      `以${pick(random, ['退款', '注销账户', '提高额度', '刷单返利', '高额回报'])}为由，要求下载${pick(random, ['会议软件', '陌生APP', '理财平台'])}。`,
      `诱导${person}开启屏幕共享，查看银行卡信息。`,
      `要求把钱转到所谓的“安全账户”。`,
      `索要短信验证码，称验证后即可完成操作。`,
      `第${i + 1}次要求${person}继续转账，称之前的操作“未成功”。`,
    ]),
  );
  const outcome = pick(random, ['prevented', 'prevented', 'lost', 'recovered', 'partly-recovered'] as const);
  const amountAtRisk = int(random, 2, 300) * 1000;
  const amountLost = outcome === 'prevented' ? 0 : outcome === 'recovered' ? amountAtRisk : Math.round(amountAtRisk * (0.2 + random() * 0.8));
  const stoppedAtStep = outcome === 'prevented' ? int(random, 1, steps.length) : undefined;
  const flags = steps.slice(0, int(random, 1, steps.length)).map((_, i) => ({
    text: pick(random, ['陌生号码自称公职人员', '要求下载陌生软件', '要求开启屏幕共享', '要求转账到“安全账户”', '索要验证码', '承诺高额回报']),
    step: i + 1,
  }));
  let front = `---\ntitle: ${yamlString(`${person}遭遇${scamType.name.replace(/类$/, '')}骗局`)}\n`;
  front += `scamType: ${scamType.slug}\nstory: ${story.slug}\n`;
  front += `whatHappened: ${yamlString(`有人${pick(random, ['冒充客服', '冒充民警', '冒充银行工作人员'])}联系${person}，要求转账。`)}\n`;
  front += `date: ${story.date}\ndateIs: occurred\nperson: ${yamlString(person)}\n`;
  front += yamlList('channels', [...new Set([pick(random, CHANNEL_LIST), pick(random, CHANNEL_LIST)])]);
  front += `impersonates: ${yamlString(pick(random, ['银行客服', '公安民警', '电商客服', '贷款公司', '网络主播']))}\n`;
  front += `amountAtRisk: ${amountAtRisk}\namountLost: ${amountLost}\noutcome: ${outcome}\n`;
  if (outcome === 'prevented') front += `stoppedBy: ${yamlString(pick(random, ['反诈民警上门劝阻', '银行工作人员提醒', '拨打96110咨询', '家人及时发现']))}\n`;
  front += `redFlags:\n${flags.map((f) => `  - text: ${yamlString(f.text)}\n    step: ${f.step}`).join('\n')}\n`;
  front += yamlList('steps', steps);
  if (stoppedAtStep) front += `stoppedAtStep: ${stoppedAtStep}\n`;
  front += `advice: ${yamlString('接到自称公检法、客服的电话，先挂断，再拨打96110核实。')}\n---\n\n`;
  return front + [paragraph(random, topic, 3), paragraph(random, topic, 2)].join('\n\n') + '\n';
}

function scamTypeFile(random: Random, type: (typeof SCAM_TYPES)[number]): string {
  const topic = TOPICS.law as (typeof TOPICS)[string];
  return `---
name: ${yamlString(type.name)}
${yamlList('aliases', type.aliases)}summary: ${yamlString(`诈骗分子以${type.aliases[0]}等名义设下圈套，一步步诱导受害人转账。`)}
${yamlList('stages', ['主动联系，取得信任', '制造紧迫感', '诱导下载软件或转账', '拉黑失联'])}${yamlList('signs', ['陌生人主动联系并谈钱', '要求下载陌生软件', '要求保密、不许告诉家人'])}${yamlList('neverDo', ['通过电话要求转账到“安全账户”'])}${yamlList('actions', ['立即停止转账', '拨打96110咨询', '保存聊天记录并报警'])}${yamlList('sources', ['压力测试用的虚构资料'])}---

${paragraph(random, topic, 3)}
`;
}

export function corpusDir(stories: number): string {
  return path.join(CORPUS_ROOT, `stories-${stories}`);
}

/** Writes the corpus unless an identical one (same size, seed and generator) is already there. */
export function ensureCorpus(options: CorpusOptions): CorpusInfo {
  const dir = path.resolve(options.out ?? corpusDir(options.stories));
  const seed = options.seed ?? 20220611;
  const infoFile = `${dir}.json`;
  if (fs.existsSync(infoFile) && fs.existsSync(dir)) {
    const info = JSON.parse(fs.readFileSync(infoFile, 'utf8')) as CorpusInfo;
    if (info.generator === GENERATOR_VERSION && info.seed === seed && info.stories === options.stories) return { ...info, dir };
  }
  return writeCorpus(dir, options.stories, seed);
}

export function writeCorpus(dir: string, totalStories: number, seed = 20220611): CorpusInfo {
  const random = prng(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // The bundled content comes along, so the fixed benchmark routes (bench/page-weight.ts) exist.
  // help/: the after-care pages the bundled cases name (their `situations`).
  for (const folder of ['stories', 'cases', 'scam-types', 'help'])
    fs.cpSync(path.join(PROJECT_ROOT, 'content', folder), path.join(dir, folder), { recursive: true });
  const bundledStories = fs.readdirSync(path.join(dir, 'stories')).filter((name) => name.endsWith('.md')).length;
  const bundledSections = fs.readFileSync(path.join(PROJECT_ROOT, 'content', 'sections.yml'), 'utf8');
  const extraSections = SECTIONS.filter((section) => !['law', 'livelihood'].includes(section.slug))
    .map((section) => `- slug: ${section.slug}\n  name: ${yamlString(section.name)}\n  description: ${yamlString(`${section.name}方面的新闻。`)}\n`)
    .join('');
  fs.writeFileSync(path.join(dir, 'sections.yml'), `${bundledSections.trimEnd()}\n${extraSections}`);
  // Required content too: the helper's alarm rules, and the glossary the bundled pages mark terms from.
  for (const file of ['surest-signs.yml', 'glossary.yml']) fs.copyFileSync(path.join(PROJECT_ROOT, 'content', file), path.join(dir, file));

  const count = Math.max(0, totalStories - bundledStories);
  const sectionWeights = ['law', 'livelihood', 'city', 'economy', 'education', 'health', 'culture', 'sports'];
  const specs: StorySpec[] = [];
  for (let i = 0; i < count; i++) {
    // Later years publish a little more (the paper grew online).
    const epochDay = Math.floor(FIRST_DAY + Math.sqrt(random()) * (LAST_DAY - FIRST_DAY));
    const date = dayString(epochDay);
    specs.push({
      slug: `story-${String(i + 1).padStart(6, '0')}`,
      year: Number(date.slice(0, 4)),
      date,
      epochDay,
      section: zipf(random, sectionWeights, 3),
      draft: random() < 0.01,
      cases: [],
    });
  }

  // Cases: each belongs to a published law story, which lists it.
  const lawStories = specs.filter((spec) => spec.section === 'law' && !spec.draft);
  const caseCount = Math.min(1000, Math.max(20, Math.floor(totalStories / 100)), lawStories.length);
  const bundledName = (slug: string) => /^name:\s*"?([^"\n]+)"?$/m.exec(fs.readFileSync(path.join(dir, 'scam-types', `${slug}.md`), 'utf8'))?.[1] ?? slug;
  const scamTypes = [...BUNDLED_SCAM_TYPES.map((slug) => ({ slug, name: bundledName(slug) })), ...GENERATED_SCAM_TYPES];
  const cases: { slug: string; type: { slug: string; name: string }; story: StorySpec }[] = [];
  for (let i = 0; i < caseCount; i++) {
    const story = lawStories[Math.floor((i / caseCount) * lawStories.length)] as StorySpec;
    const slug = `case-${String(i + 1).padStart(5, '0')}`;
    story.cases.push(slug);
    cases.push({ slug, type: pick(random, scamTypes), story });
  }

  const published = specs.filter((spec) => !spec.draft).map((spec) => spec.slug);
  const years = new Set(specs.map((spec) => spec.year));
  for (const year of years) fs.mkdirSync(path.join(dir, 'stories', String(year)), { recursive: true });
  for (const spec of specs) fs.writeFileSync(path.join(dir, 'stories', String(spec.year), `${spec.slug}.md`), storyFile(random, spec, published));
  fs.mkdirSync(path.join(dir, 'cases', 'generated'), { recursive: true });
  for (const c of cases) fs.writeFileSync(path.join(dir, 'cases', 'generated', `${c.slug}.md`), caseFile(random, c.slug, c.type, c.story));
  for (const type of GENERATED_SCAM_TYPES) fs.writeFileSync(path.join(dir, 'scam-types', `${type.slug}.md`), scamTypeFile(random, type));

  let files = 0;
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files++;
        bytes += fs.statSync(full).size;
      }
    }
  };
  walk(dir);
  const sorted = specs.filter((spec) => !spec.draft).sort((a, b) => b.epochDay - a.epochDay);
  const info: CorpusInfo = {
    dir,
    stories: totalStories,
    cases: caseCount + 5,
    scamTypes: scamTypes.length,
    files,
    bytes,
    newestStory: sorted[0]?.slug ?? 'telecom-fraud-crackdown',
    oldestStory: sorted[sorted.length - 1]?.slug ?? 'telecom-fraud-crackdown',
    caseSlug: 'credit-record-bait',
    generator: GENERATOR_VERSION,
    seed,
  };
  fs.writeFileSync(`${dir}.json`, `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stories = Number(option('stories') ?? 1000);
  const started = performance.now();
  const info = writeCorpus(path.resolve(option('out') ?? corpusDir(stories)), stories, Number(option('seed') ?? 20220611));
  console.log(
    `${info.dir}: ${info.stories} stories, ${info.cases} cases, ${info.scamTypes} scam types, ${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
