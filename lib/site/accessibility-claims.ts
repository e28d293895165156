/**
 * What /accessibility (无障碍与适老化说明) claims, item by item: each requirement of
 * 《互联网网站适老化通用设计规范》 and each WCAG 2.1 level A and AA success criterion,
 * and how this site meets it. A claim names the browser checks that prove it
 * (tests/e2e/accessibility.spec.ts runs every check for every claim that names it);
 * a claim without checks is one no browser test can settle (it is reviewed by hand).
 */
import { site } from './config';

/** Every browser check a claim can name (implemented in tests/e2e/accessibility-checks.ts). */
export const CHECK_IDS = [
  'elder-switch',
  'font-size',
  'elder-text-size',
  'elder-spacing',
  'elder-contrast',
  'not-color-alone',
  'keyboard',
  'elder-cursor',
  'read-aloud',
  'elder-targets',
  'elder-hotline',
  'elder-header',
  'no-popups',
  'no-media',
  'no-motion',
  'no-login',
  'axe',
  'images-alt',
  'reading-order',
  'orientation',
  'text-resize',
  'reflow',
  'text-spacing',
  'no-shortcuts',
  'no-refresh',
  'skip-link',
  'page-titles',
  'multiple-ways',
  'headings-labels',
  'language',
  'no-context-change',
  'consistent-nav',
  'errors-in-text',
  'get-forms-only',
  'unique-ids',
  'status-messages',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface Claim {
  /** Stable id: the page's anchor (#claim-…) and the tests' key */
  id: string;
  /** The requirement, in the reader's words */
  requirement: string;
  /** How the site meets it */
  how: string;
  checks: readonly CheckId[];
}

export interface ClaimGroup {
  id: string;
  title: string;
  claims: readonly Claim[];
}

const hotline = site.hotline.number;

/** 《互联网网站适老化通用设计规范》（工业和信息化部，2021 年） */
export const ELDER_SPEC_CLAIMS: ClaimGroup = {
  id: 'elder-spec',
  title: '对照《互联网网站适老化通用设计规范》',
  claims: [
    {
      id: 'spec-entry',
      requirement: '提供显著的适老版（长辈版）入口',
      how: '每个网页的页头都有“长辈版”按钮，按一下就切换，再按“退出长辈版”回到标准版。选择会被记住，换页、刷新后仍然有效；浏览器没有开启 JavaScript 也能用。',
      checks: ['elder-switch'],
    },
    {
      id: 'spec-text-size',
      requirement: '文字大小可以调整，适老版字号更大',
      how: '页头的“字号”可以在标准、大、特大三档之间切换，不开启 JavaScript 也能用。长辈版的正文和说明文字都不小于 20 像素，特大档约 26 像素。',
      checks: ['font-size', 'elder-text-size'],
    },
    {
      id: 'spec-spacing',
      requirement: '段落内行距至少为 1.3 倍，段落间距至少为行距的 1.3 倍',
      how: '长辈版的行高是字号的 1.6 倍，段落之间的距离是行高的 1.31 倍，三档字号下都一样。标准版的行高是字号的 1.8 倍。',
      checks: ['elder-spacing'],
    },
    {
      id: 'spec-contrast',
      requirement: '文字与背景有足够的对比度',
      how: '标准版文字与背景的对比度不低于 4.5:1。长辈版使用高对比配色，正文对比度不低于 7:1，手机或电脑设为深色模式时同样如此。',
      checks: ['axe', 'elder-contrast'],
    },
    {
      id: 'spec-color',
      requirement: '颜色不作为传达信息的唯一方式',
      how: '正文链接带下划线；案例结果（已被骗、已拦截等）同时用文字说明；警示语前有“!”图标，读屏软件会读出“警告”；出错提示都用文字写明。',
      checks: ['not-color-alone', 'errors-in-text'],
    },
    {
      id: 'spec-keyboard',
      requirement: '支持全程键盘操作',
      how: '所有链接、按钮和输入框都能用 Tab 键按顺序到达，用回车键或空格键操作，当前位置有清晰的焦点框。',
      checks: ['keyboard'],
    },
    {
      id: 'spec-cursor',
      requirement: '提供特大鼠标',
      how: '长辈版在电脑上使用特大号鼠标指针（64 像素的箭头，指向可点击内容时变成同样大小的手形）。',
      checks: ['elder-cursor'],
    },
    {
      id: 'spec-read-aloud',
      requirement: '提供语音阅读（朗读）',
      how: '新闻、反诈案例、骗局类型页和“我该怎么办”的对照结果都有“朗读”按钮：用手机或电脑自带的普通话语音逐句朗读正文，正在读的句子会高亮显示，可以暂停、继续和停止。设备没有中文语音时，会直接说明无法朗读。朗读需要浏览器开启 JavaScript，没有开启时不显示这个按钮。',
      checks: ['read-aloud'],
    },
    {
      id: 'spec-targets',
      requirement: '按钮等可点击区域足够大',
      how: '长辈版中按钮、输入框和导航链接的点击区域都不小于 48×48 像素（正文段落里的文字链接除外）。',
      checks: ['elder-targets'],
    },
    {
      id: 'spec-hotline',
      requirement: '重要功能容易找到',
      how: `长辈版中“反诈专线 ${hotline}”按钮固定在屏幕右下角，页面翻到哪里都能一键拨打。`,
      checks: ['elder-hotline'],
    },
    {
      id: 'spec-simple-header',
      requirement: '界面简洁，突出主要功能',
      how: `长辈版的页头只保留网站名称、字号、退出长辈版，以及首页、反诈骗、反诈案例、我该怎么办、往期、搜索几个常用入口。在手机上，页头更紧凑，位置导航只留中间几级；反诈案例页的第一屏就能看到发生了什么、在哪一步识破和拨打 ${hotline} 的按钮。`,
      checks: ['elder-header'],
    },
    {
      id: 'spec-no-ads',
      requirement: '无广告、无弹窗，无诱导下载、诱导付款的按钮',
      how: '本站没有广告和广告插件，不弹出窗口或浮层，也没有下载应用或付款的按钮。案例页的“转给家人看”大字卡片是一张图片，读者可以自己选择保存。',
      checks: ['no-popups'],
    },
    {
      id: 'spec-no-autoplay',
      requirement: '不自动播放，不闪烁',
      how: '本站没有自动播放的声音或视频，也没有闪烁、滚动的内容。朗读只在读者按下按钮后开始。',
      checks: ['no-media', 'no-motion'],
    },
    {
      id: 'spec-verification',
      requirement: '验证码等验证方式便于老年人使用',
      how: '本站不需要注册或登录，没有任何验证码。',
      checks: ['no-login'],
    },
    {
      id: 'spec-assistive',
      requirement: '兼容读屏软件等辅助技术',
      how: '网页使用标准的标题、列表、表格、表单标签和地标区域，读屏软件可以正确识别；每个网页最前面有“跳到正文”链接。自动检查工具 axe 在标准版和长辈版中都没有发现问题。',
      checks: ['axe', 'skip-link'],
    },
  ],
};

/** WCAG 2.1, level A and AA, by principle. */
export const WCAG_CLAIMS: readonly ClaimGroup[] = [
  {
    id: 'wcag-perceivable',
    title: 'WCAG 2.1 AA：可感知',
    claims: [
      {
        id: 'wcag-1.1.1',
        requirement: '1.1.1 非文本内容（A）',
        how: '新闻图片都有编辑填写的替代文字（内容检查要求必填）；统计图旁有同样数据的表格；装饰性图标对读屏软件隐藏。',
        checks: ['images-alt', 'axe'],
      },
      { id: 'wcag-1.2.1', requirement: '1.2.1 仅音频和仅视频（预录制）（A）', how: '本站没有音频和视频，不适用。', checks: ['no-media'] },
      { id: 'wcag-1.2.2', requirement: '1.2.2 字幕（预录制）（A）', how: '本站没有视频，不适用。', checks: ['no-media'] },
      { id: 'wcag-1.2.3', requirement: '1.2.3 音频描述或媒体替代（预录制）（A）', how: '本站没有视频，不适用。', checks: ['no-media'] },
      { id: 'wcag-1.2.4', requirement: '1.2.4 字幕（直播）（AA）', how: '本站没有直播，不适用。', checks: ['no-media'] },
      { id: 'wcag-1.2.5', requirement: '1.2.5 音频描述（预录制）（AA）', how: '本站没有视频，不适用。', checks: ['no-media'] },
      {
        id: 'wcag-1.3.1',
        requirement: '1.3.1 信息和关系（A）',
        how: '标题、列表、表格、表单标签和页头、导航、正文、页脚等区域都用对应的网页元素标出。',
        checks: ['axe'],
      },
      {
        id: 'wcag-1.3.2',
        requirement: '1.3.2 有意义的顺序（A）',
        how: '网页代码中的顺序就是阅读顺序：页头、正文、页脚，正文从一级标题开始。',
        checks: ['reading-order'],
      },
      {
        id: 'wcag-1.3.3',
        requirement: '1.3.3 感官特征（A）',
        how: '说明文字不依赖形状、位置或声音，例如不写“点右边的按钮”。',
        checks: [],
      },
      { id: 'wcag-1.3.4', requirement: '1.3.4 方向（AA）', how: '手机横放、竖放都能正常阅读，不锁定屏幕方向。', checks: ['orientation'] },
      {
        id: 'wcag-1.3.5',
        requirement: '1.3.5 识别输入目的（AA）',
        how: '本站的输入框只有搜索和“我该怎么办”的情况描述，不收集姓名、电话等个人信息，不适用。',
        checks: ['no-login'],
      },
      {
        id: 'wcag-1.4.1',
        requirement: '1.4.1 颜色的使用（A）',
        how: '正文链接带下划线；案例结果、警示和出错提示都有文字说明，不只靠颜色区分。',
        checks: ['not-color-alone'],
      },
      {
        id: 'wcag-1.4.2',
        requirement: '1.4.2 音频控制（A）',
        how: '没有自动播放的声音。朗读只在读者按下按钮后开始，随时可以暂停或停止。',
        checks: ['no-media', 'read-aloud'],
      },
      {
        id: 'wcag-1.4.3',
        requirement: '1.4.3 对比度（最低）（AA）',
        how: '文字与背景的对比度不低于 4.5:1，浅色、深色模式和长辈版都经过检查。',
        checks: ['axe'],
      },
      {
        id: 'wcag-1.4.4',
        requirement: '1.4.4 调整文本大小（AA）',
        how: '文字大小使用相对单位：浏览器放大或选用特大字号时，内容完整，不需要左右滚动。',
        checks: ['text-resize'],
      },
      {
        id: 'wcag-1.4.5',
        requirement: '1.4.5 文本图像（AA）',
        how: '除新闻照片外不使用文字图片：标题、按钮和图表的标签都是真正的文字。',
        checks: [],
      },
      { id: 'wcag-1.4.10', requirement: '1.4.10 重排（AA）', how: '在 320 像素宽的手机屏幕上不需要左右滚动。', checks: ['reflow'] },
      {
        id: 'wcag-1.4.11',
        requirement: '1.4.11 非文本对比度（AA）',
        how: '输入框和按钮的边框、焦点框与背景的对比度不低于 3:1。',
        checks: [],
      },
      {
        id: 'wcag-1.4.12',
        requirement: '1.4.12 文本间距（AA）',
        how: '读者用自己的样式加大行距、字距和段距时，文字不会被截断或重叠。',
        checks: ['text-spacing'],
      },
      {
        id: 'wcag-1.4.13',
        requirement: '1.4.13 悬停或获得焦点时的内容（AA）',
        how: '本站没有鼠标悬停或获得焦点时才出现的浮层。',
        checks: ['no-popups'],
      },
    ],
  },
  {
    id: 'wcag-operable',
    title: 'WCAG 2.1 AA：可操作',
    claims: [
      { id: 'wcag-2.1.1', requirement: '2.1.1 键盘（A）', how: '所有功能都能只用键盘完成。', checks: ['keyboard'] },
      { id: 'wcag-2.1.2', requirement: '2.1.2 无键盘陷阱（A）', how: 'Tab 键能离开页面上的每一个控件。', checks: ['keyboard'] },
      { id: 'wcag-2.1.4', requirement: '2.1.4 字符键快捷键（A）', how: '本站不设单个字母的快捷键。', checks: ['no-shortcuts'] },
      { id: 'wcag-2.2.1', requirement: '2.2.1 可调整的时间限制（A）', how: '没有限时操作，网页不会自动刷新或跳转。', checks: ['no-refresh'] },
      {
        id: 'wcag-2.2.2',
        requirement: '2.2.2 暂停、停止、隐藏（A）',
        how: '没有自动移动、闪烁或滚动的内容；朗读可以暂停和停止。',
        checks: ['no-motion', 'read-aloud'],
      },
      { id: 'wcag-2.3.1', requirement: '2.3.1 三次闪光或低于阈值（A）', how: '没有闪烁的内容。', checks: ['no-motion'] },
      { id: 'wcag-2.4.1', requirement: '2.4.1 绕过区块（A）', how: '每个网页最前面都有“跳到正文”链接。', checks: ['skip-link'] },
      {
        id: 'wcag-2.4.2',
        requirement: '2.4.2 网页标题（A）',
        how: `每个网页都有说明内容的标题，格式为“页面名称 - ${site.name}”。`,
        checks: ['page-titles'],
      },
      { id: 'wcag-2.4.3', requirement: '2.4.3 焦点顺序（A）', how: 'Tab 键按页面内容的先后顺序移动。', checks: ['keyboard'] },
      {
        id: 'wcag-2.4.4',
        requirement: '2.4.4 链接目的（上下文中）（A）',
        how: '链接文字说明去向，例如稿件标题、“案例详解：……”，没有“点这里”之类的链接。',
        checks: ['axe'],
      },
      {
        id: 'wcag-2.4.5',
        requirement: '2.4.5 多种方式（AA）',
        how: '可以从导航栏的栏目、站内搜索、往期和标签找到内容。',
        checks: ['multiple-ways'],
      },
      {
        id: 'wcag-2.4.6',
        requirement: '2.4.6 标题和标签（AA）',
        how: '每个网页有且只有一个一级标题；输入框都有说明用途的文字标签。',
        checks: ['headings-labels'],
      },
      {
        id: 'wcag-2.4.7',
        requirement: '2.4.7 焦点可见（AA）',
        how: '键盘焦点所在的位置始终有至少 3 像素宽的焦点框（长辈版 4 像素）。',
        checks: ['keyboard'],
      },
      { id: 'wcag-2.5.1', requirement: '2.5.1 指针手势（A）', how: '所有操作都只需单击，不需要滑动或多指手势。', checks: [] },
      {
        id: 'wcag-2.5.2',
        requirement: '2.5.2 指针取消（A）',
        how: '按钮和链接在松开手指或鼠标时才生效，按下后移开就能取消。',
        checks: [],
      },
      { id: 'wcag-2.5.3', requirement: '2.5.3 名称中的标签（A）', how: '按钮和链接的可读名称包含它们显示的文字。', checks: [] },
      { id: 'wcag-2.5.4', requirement: '2.5.4 动作触发（A）', how: '没有需要摇晃或倾斜设备的功能。', checks: [] },
    ],
  },
  {
    id: 'wcag-understandable',
    title: 'WCAG 2.1 AA：可理解',
    claims: [
      { id: 'wcag-3.1.1', requirement: '3.1.1 网页的语言（A）', how: '每个网页都标明语言为简体中文。', checks: ['language'] },
      {
        id: 'wcag-3.1.2',
        requirement: '3.1.2 部分的语言（AA）',
        how: '正文是中文；偶尔出现的英文缩写（如 RSS）属于专有名词，按规定不需要另行标注。',
        checks: [],
      },
      { id: 'wcag-3.2.1', requirement: '3.2.1 获得焦点时（A）', how: '控件获得焦点时不会打开新窗口或跳转。', checks: ['no-context-change'] },
      {
        id: 'wcag-3.2.2',
        requirement: '3.2.2 输入时（A）',
        how: '勾选和输入都不会自动提交或跳转，要按按钮才会提交。',
        checks: ['no-context-change'],
      },
      {
        id: 'wcag-3.2.3',
        requirement: '3.2.3 一致的导航（AA）',
        how: '每个网页的页头、导航和页脚都在同样的位置，顺序相同。',
        checks: ['consistent-nav'],
      },
      {
        id: 'wcag-3.2.4',
        requirement: '3.2.4 一致的识别（AA）',
        how: `同样功能的控件在各个网页名称一致，例如“反诈专线 ${hotline}”“搜索”“字号”。`,
        checks: ['consistent-nav'],
      },
      {
        id: 'wcag-3.3.1',
        requirement: '3.3.1 错误识别（A）',
        how: '输入有问题时用文字说明，例如关键词太长时提示只搜索了前面的部分。',
        checks: ['errors-in-text'],
      },
      {
        id: 'wcag-3.3.2',
        requirement: '3.3.2 标签或说明（A）',
        how: '每个输入框都有标签；“我该怎么办”还说明了可以填写什么、最多填多少字。',
        checks: ['headings-labels'],
      },
      {
        id: 'wcag-3.3.3',
        requirement: '3.3.3 错误建议（AA）',
        how: '搜不到结果时给出建议和常见骗局的入口；找不到网页时提供搜索框和栏目链接。',
        checks: ['errors-in-text'],
      },
      {
        id: 'wcag-3.3.4',
        requirement: '3.3.4 错误预防（法律、金融、数据）（AA）',
        how: '本站不办理交易，也不保存读者提交的内容：所有表单都只是查询，不适用。',
        checks: ['get-forms-only'],
      },
    ],
  },
  {
    id: 'wcag-robust',
    title: 'WCAG 2.1 AA：兼容',
    claims: [
      { id: 'wcag-4.1.1', requirement: '4.1.1 解析（A）', how: '网页代码由程序生成，元素正确嵌套，id 不重复。', checks: ['unique-ids'] },
      {
        id: 'wcag-4.1.2',
        requirement: '4.1.2 名称、角色、值（A）',
        how: '按钮、链接和表单控件都使用标准网页元素；字号按钮的按下状态会告知读屏软件。',
        checks: ['axe'],
      },
      {
        id: 'wcag-4.1.3',
        requirement: '4.1.3 状态消息（AA）',
        how: '搜索结果的数量和朗读的状态用状态区域告知读屏软件，不打断读者当前的操作。',
        checks: ['status-messages'],
      },
    ],
  },
];

export const CLAIM_GROUPS: readonly ClaimGroup[] = [ELDER_SPEC_CLAIMS, ...WCAG_CLAIMS];

export const ALL_CLAIMS: readonly Claim[] = CLAIM_GROUPS.flatMap((group) => group.claims);
