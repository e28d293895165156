/**
 * A deterministic synthetic corpus of Chinese news documents for the search benchmark.
 * Same seed, same documents, on every machine.
 *
 * Each document has a topic (its section's, or fraud for cases, scam types and some
 * stories). Text is drawn word by word: mostly from a Zipf distribution over everyday
 * news words and some 20,000 two- and three-character pseudo-words made from the
 * ~1,000 most common characters (so the bigram vocabulary and posting-list lengths
 * look like real text rather than like a small word list), and for TOPIC_SHARE of the
 * words from the topic's own list (anti-fraud: 诈骗, 公检法, 征信, 腾讯会议, 屏幕共享,
 * 96110, Goip …). A few documents are written in traditional characters (詐騙).
 */
import type { ContentDate } from '../../lib/content/dates';
import { suggestionVocabulary } from '../../lib/content/vocabulary';
import type { Catalog, SearchDocument, SearchKind } from '../../lib/search/types';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_CHARACTERS = [
  ...new Set(
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质导解议许据权海等争往理受队北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞' +
      '警察罪犯案件调查银行账户转账资金损失追回劝阻防范宣传诈骗冒充客服理赔退款贷款借贷征信会议屏幕共享验证码短信电话视频聊天裸敲诈勒索网络平台投资理财刷单返利游戏充值代练购物快递物流医保社保养老补贴救助法院检察院公安局派出所民警律师起诉判决审理证据' +
      '市区县镇村街道社区居民群众企业学校医院工地农民工家庭老人孩子学生青年女士先生师傅记者通讯员编辑发布会新闻办通报介绍表示指出强调要求推进落实开展组织活动举办建设改造项目工程道路交通地铁公交停车环境绿化垃圾分类水电燃气供暖天气降雨气温',
  ),
].join('');

/** Everyday news words, most frequent first (rank gives the Zipf weight), mixed in with the pseudo-words. */
const GENERAL_WORDS = (
  '工作 市民 记者 今年 表示 发展 建设 群众 服务 开展 活动 社区 企业 部门 相关 情况 问题 全市 项目 政府 ' +
  '目前 通过 进行 推进 落实 提升 加强 组织 单位 人员 时间 地方 重点 要求 管理 安全 经济 社会 文化 教育 ' +
  '交通 道路 地铁 公交 医院 医疗 社保 养老 就业 学校 农民工 工地 工资 家庭 政策 条件 材料 程序 申请 协调 ' +
  '天气 降雨 气温 供暖 燃气 垃圾分类 绿化 环境 旅游 体育 比赛 展览 图书馆 博物馆 公园 广场 街道 小区 物业 停车 ' +
  '充电桩 新能源 市政府 新闻发布会 通报 今年以来 同比下降 累计 网格员 系统 应用 手机 电话 微信 网络 平台 APP'
).split(' ');

/** Words of one topic, most frequent first; a document of the topic draws some of its words from here. */
const TOPIC_WORDS: Record<string, string[]> = {
  fraud: (
    '诈骗 反诈 民警 转账 咨询 资金 损失 劝阻 防范 宣传 案件 账户 银行 验证码 96110 冒充 客服 贷款 征信 视频 短信 ' +
    '受害人 诈骗分子 反诈中心 国家反诈中心 QQ 退款 理赔 快递 公安 安全账户 刷单返利 虚假投资 理财 网购 冒充公检法 ' +
    '公检法 腾讯会议 屏幕共享 个人征信 注销账户 裸聊 敲诈 美女 主播 通讯录 校园贷 微粒贷 借贷 催收 还款 链接 ' +
    '虚假 网站 下载 软件 语音通话 预警 劝阻电话 专线 热线 洗钱 窝点 Goip 设备 团伙 犯罪嫌疑人 电信网络诈骗 ' +
    '反诈骗 追赃挽损 共享屏幕 老年人 特征信息 通讯会议 讲师团 宣讲 无诈社区'
  ).split(' '),
  law: (
    '法院 检察院 检察官 法官 起诉 判决 证据 审理 案件 律师 当事人 法律援助 司法救助 支持起诉 调解 执行 ' +
    '维权 赔偿 救助金 公安 民警 犯罪嫌疑人 刑事 民事 诉讼 程序 申请 审查 困难 法律帮扶'
  ).split(' '),
  city: '规划 改造 工程 施工 地铁 道路 桥梁 管网 老旧小区 加装电梯 停车场 充电桩 绿地 公园 交通 拥堵 公交线路 市政'.split(' '),
  livelihood: '社保 医保 养老金 就业 招聘 补贴 困难群众 物价 菜篮子 供暖 燃气 水电 社区食堂 托育 义诊 志愿者'.split(' '),
  economy: '企业 投资 项目 产业 园区 营商环境 税收 消费 外贸 增长 同比 金融 银行 贷款 招商 签约'.split(' '),
  education: '学校 学生 教师 课堂 中考 高考 招生 双减 课后服务 幼儿园 职业教育 大学 校园 家长'.split(' '),
  health: '医院 医生 患者 义诊 体检 疫苗 门诊 医保 健康 慢性病 药品 急救 护士'.split(' '),
  culture: '文化 演出 展览 博物馆 图书馆 非遗 文物 旅游 景区 节日 民俗 电影 书法'.split(' '),
  sports: '比赛 运动员 马拉松 全民健身 体育场 足球 篮球 冠军 赛事 健身步道'.split(' '),
};

/** Share of a document's words drawn from its topic's list. */
const TOPIC_SHARE = 0.14;

const TRADITIONAL: Record<string, string> = {
  诈骗: '詐騙',
  冒充公检法: '冒充公檢法',
  腾讯会议: '騰訊會議',
  验证码: '驗證碼',
  征信: '徵信',
  银行: '銀行',
  转账: '轉賬',
  资金: '資金',
};

const PUNCTUATION_COMMA = '，';
const SENTENCE_ENDS = ['。', '。', '。', '！', '？', '；'];

export interface CorpusOptions {
  size: number;
  seed?: number;
  /** Characters per document body, roughly */
  bodyLength?: number;
}

/** Draws from a Zipf distribution over a word list (weight 1 / (rank + offset)). */
class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly words: readonly string[],
    offset: number,
  ) {
    this.cumulative = new Float64Array(words.length);
    let sum = 0;
    for (let i = 0; i < words.length; i++) {
      sum += 1 / (i + offset);
      this.cumulative[i] = sum;
    }
  }

  sample(random: () => number): string {
    const target = random() * (this.cumulative[this.cumulative.length - 1] as number);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return this.words[low] as string;
  }
}

class WordSampler {
  private readonly general: Zipf;
  private readonly topics: Map<string, Zipf>;

  constructor(random: () => number) {
    const chars = COMMON_CHARACTERS;
    const pseudo = new Set<string>();
    while (pseudo.size < 20000) {
      const length = random() < 0.8 ? 2 : 3;
      let word = '';
      for (let i = 0; i < length; i++) {
        // Skewed towards the front of the list: common characters are common.
        const index = Math.floor(chars.length * Math.pow(random(), 1.6));
        word += chars[index];
      }
      pseudo.add(word);
    }
    // Everyday words take every third of the top ranks; pseudo-words fill the rest and the long tail.
    const words: string[] = [];
    const pseudoList = [...pseudo];
    let p = 0;
    for (const word of GENERAL_WORDS) words.push(word, pseudoList[p++] as string, pseudoList[p++] as string);
    while (p < pseudoList.length) words.push(pseudoList[p++] as string);
    this.general = new Zipf(words, 10);
    this.topics = new Map(Object.entries(TOPIC_WORDS).map(([topic, list]) => [topic, new Zipf(list, 3)]));
  }

  sample(random: () => number, topic?: string): string {
    const topical = topic ? this.topics.get(topic) : undefined;
    return topical && random() < TOPIC_SHARE ? topical.sample(random) : this.general.sample(random);
  }
}

function sentence(sampler: WordSampler, random: () => number, topic: string, traditional: boolean): string {
  const words = 6 + Math.floor(random() * 14);
  let text = '';
  for (let i = 0; i < words; i++) {
    let word = sampler.sample(random, topic);
    if (traditional) word = TRADITIONAL[word] ?? word;
    text += word;
    if (i > 2 && i < words - 1 && random() < 0.12) text += PUNCTUATION_COMMA;
  }
  return text + SENTENCE_ENDS[Math.floor(random() * SENTENCE_ENDS.length)];
}

function textOf(sampler: WordSampler, random: () => number, length: number, topic: string, traditional: boolean): string {
  const paragraphs: string[] = [];
  let paragraph = '';
  let total = 0;
  while (total < length) {
    const next = sentence(sampler, random, topic, traditional);
    paragraph += next;
    total += next.length;
    if (paragraph.length > 150 && random() < 0.35) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs.join('\n');
}

export const SECTIONS = [
  { slug: 'law', name: '政法' },
  { slug: 'livelihood', name: '民生' },
  { slug: 'city', name: '城建' },
  { slug: 'economy', name: '经济' },
  { slug: 'education', name: '教育' },
  { slug: 'health', name: '健康' },
  { slug: 'culture', name: '文化' },
  { slug: 'sports', name: '体育' },
];

export const SCAM_TYPES = [
  { slug: 'impersonating-authorities', name: '冒充公检法类', aliases: ['假警察', '冒充公安', '冒充公检法'] },
  { slug: 'fake-credit-record', name: '虚假征信类', aliases: ['影响征信', '征信诈骗', '注销校园贷'] },
  { slug: 'fake-customer-service', name: '冒充电商物流客服类', aliases: ['假客服', '快递理赔'] },
  { slug: 'sextortion', name: '裸聊敲诈类', aliases: ['裸聊', '视频敲诈'] },
  { slug: 'task-rebate', name: '刷单返利类', aliases: ['刷单', '网络兼职'] },
  { slug: 'fake-investment', name: '虚假投资理财类', aliases: ['杀猪盘', '虚假投资'] },
  { slug: 'fake-loan', name: '虚假贷款类', aliases: ['网贷诈骗', '无抵押贷款'] },
  { slug: 'game-trading', name: '虚假游戏交易类', aliases: ['游戏充值', '账号交易'] },
];

export const CATALOG: Catalog = { sections: SECTIONS, scamTypes: SCAM_TYPES, vocabulary: suggestionVocabulary({ scamTypes: SCAM_TYPES, sections: SECTIONS }) };

function dateOf(random: () => number): ContentDate {
  const start = Date.UTC(2015, 0, 1);
  const end = Date.UTC(2024, 11, 31);
  const epochMs = start + Math.floor(random() * ((end - start) / 86400000)) * 86400000 - 8 * 3600000;
  const beijing = new Date(epochMs + 8 * 3600000);
  const day = beijing.toISOString().slice(0, 10);
  return { iso: `${day}T00:00:00+08:00`, day, hasTime: false, epochMs };
}

/** Sections and the topic their stories are about; law stories are often about fraud. */
const SECTION_TOPICS: Record<string, string> = {
  law: 'law',
  livelihood: 'livelihood',
  city: 'city',
  economy: 'economy',
  education: 'education',
  health: 'health',
  culture: 'culture',
  sports: 'sports',
};

export function* generateCorpus({ size, seed = 20220611, bodyLength = 800 }: CorpusOptions): Generator<SearchDocument> {
  const random = prng(seed);
  const sampler = new WordSampler(random);
  for (let i = 0; i < size; i++) {
    const kind: SearchKind = i < SCAM_TYPES.length ? 'scam-type' : random() < 0.9 ? 'story' : 'case';
    const traditional = random() < 0.02;
    const type = SCAM_TYPES[i < SCAM_TYPES.length ? i : Math.floor(random() * SCAM_TYPES.length)] as (typeof SCAM_TYPES)[number];
    const section = kind === 'story' ? (SECTIONS[Math.floor(random() * SECTIONS.length)] as (typeof SECTIONS)[number]).slug : undefined;
    // Cases and scam types are about fraud; so are a third of law stories and a few others.
    const topic = kind !== 'story' || (section === 'law' && random() < 0.35) || random() < 0.08 ? 'fraud' : (SECTION_TOPICS[section ?? 'law'] as string);
    const text = (length: number) => textOf(sampler, random, length, topic, traditional);
    const title = kind === 'scam-type' ? type.name : text(10 + Math.floor(random() * 10)).replace(/[。！？；]$/, '');
    const slug = `${kind}-${i}`;
    yield {
      kind,
      slug,
      url: kind === 'story' ? `/news/${slug}` : kind === 'case' ? `/cases/${slug}` : `/scams/${type.slug}`,
      title,
      lead: text(40 + Math.floor(random() * 40)),
      terms: kind === 'scam-type' ? type.aliases.join('\n') : kind === 'case' ? type.name : [0, 1, 2].map(() => sampler.sample(random, topic)).join('\n'),
      body: text(bodyLength * (0.6 + random() * 0.8)),
      date: kind === 'scam-type' ? undefined : dateOf(random),
      section,
      scamTypes: kind === 'story' ? [] : [type.slug],
    };
  }
}
