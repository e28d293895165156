/**
 * A generated pack of valid records laid over a content folder: an editor's busy day.
 * Three new stories (two in a new section), a new scam type, six new cases (four of
 * the new type), new tags, an existing story retitled and another deleted.
 *
 * Valid by construction: every front matter goes through the editors' zod schemas
 * before it is written, slugs and tags are chosen so they clash with nothing in the
 * folder, and dates are in the past (a date to come would be a scheduled story).
 * Tests assert what follows from the returned pack, never what the folder held.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument, stringify } from 'yaml';
import type * as z from 'zod';
import { fromInstant, type ContentDate } from '@/lib/content/dates';
import { loadContent, type LoadResult } from '@/lib/content/load';
import type { Content, Story } from '@/lib/content/records';
import { caseFrontMatter, scamTypeFrontMatter, section as sectionSchema, sectionsFile, storyFrontMatter } from '@/lib/content/schema';

type StoryInput = z.input<typeof storyFrontMatter>;
type CaseInput = z.input<typeof caseFrontMatter>;
type ScamTypeInput = z.input<typeof scamTypeFrontMatter>;
type SectionInput = z.input<typeof sectionSchema>;

export interface PackStory {
  slug: string;
  title: string;
  /** A word of the title, to search for */
  titleWord: string;
  section: string;
  tags: string[];
  /** Slugs of the pack's cases it shows, in order */
  cases: string[];
  date: ContentDate;
}

export interface PackCase {
  slug: string;
  title: string;
  scamType: string;
  story: string;
  date: ContentDate;
  amountAtRisk: number;
  amountLost: number;
  outcome: 'prevented' | 'lost' | 'partly-recovered';
}

export interface ContentPack {
  /** The folder as it was before the pack (padded to two published stories if it had fewer) */
  base: LoadResult;
  /** The instant the pack was dated against */
  now: number;
  section: SectionInput;
  stories: PackStory[];
  scamType: { slug: string; name: string; signs: string[] };
  cases: PackCase[];
  /** Tags no story had before the pack */
  newTags: string[];
  /** An existing story, retitled, with an `updated` date */
  edited: { slug: string; title: string; titleWord: string; updated: ContentDate };
  /** An existing story removed; cases that named it were unlinked first (their `story` removed) */
  deleted: { slug: string; title: string; unlinkedCases: string[] };
  /** Files written or rewritten, relative to the folder */
  files: string[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A slug (or tag) like `wanted` that `taken` does not have. */
function unused(wanted: string, taken: ReadonlySet<string>, join = '-'): string {
  let candidate = wanted;
  for (let n = 2; taken.has(candidate); n++) candidate = `${wanted}${join}${n}`;
  return candidate;
}

function markdown(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/;

/** Rewrite an existing file's front matter through yaml's Document, keeping the editor's formatting and comments. */
function editFrontMatter(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const text = fs.readFileSync(file, 'utf8');
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  const doc = parseDocument(match[1] ?? '');
  edit(doc);
  fs.writeFileSync(file, `---\n${doc.toString({ lineWidth: 0 })}---${match[2] ?? '\n'}${text.slice(match[0].length)}`);
}

/** Stories an edit or deletion may touch: published, dated no later than `now`. */
function settled(content: Content, now: number): Story[] {
  return content.stories.filter((story) => !story.draft && story.date.epochMs <= now);
}

/** Too small a folder gets plain stories first, so there is one to edit and one to delete. */
function padStories(dir: string, base: Content, now: number): void {
  const section = base.sections[0]?.slug;
  if (!section) throw new Error('the content folder has no section');
  const taken = new Set(base.stories.map((story) => story.slug));
  for (let i = settled(base, now).length; i < 2; i++) {
    const slug = unused(`pack-earlier-story-${i + 1}`, taken);
    taken.add(slug);
    const frontMatter: StoryInput = { title: `此前刊发的第${i + 1}篇稿件`, date: fromInstant(now - 30 * DAY - i * HOUR).iso, section };
    storyFrontMatter.parse(frontMatter);
    fs.writeFileSync(path.join(dir, 'stories', `${slug}.md`), markdown(frontMatter, '这是一篇此前刊发的稿件，正文写满一整段，说明事情的来龙去脉。'));
  }
}

/**
 * Lay the pack over `dir` (a copy of a content folder) and describe it.
 * `now`: the pack is dated just after the newest record published by then.
 */
export function layContentPack(dir: string, now: number = Date.now()): ContentPack {
  fs.mkdirSync(path.join(dir, 'stories'), { recursive: true });
  padStories(dir, loadContent(dir).content, now);
  const base = loadContent(dir);
  const content = base.content;
  const files: string[] = [];
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    fs.writeFileSync(path.join(dir, relative), text);
    files.push(relative);
  };

  // Newer than anything published by `now`, so the pack leads the lists, yet past.
  const published = [...content.stories, ...content.cases].map((record) => record.date.epochMs).filter((ms) => ms <= now);
  const newest = published.length ? Math.max(...published) : now - 2 * DAY;
  const packTime = Math.max(newest + 10 * MINUTE, Math.min(newest + DAY, now - HOUR));

  const storySlugs = new Set(content.stories.map((story) => story.slug));
  const caseSlugs = new Set(content.cases.map((fraudCase) => fraudCase.slug));
  const baseTags = new Set(content.stories.flatMap((story) => story.tags));
  const tag = (wanted: string) => unused(wanted, baseTags, '');
  const storySlug = (wanted: string) => {
    const slug = unused(wanted, storySlugs);
    storySlugs.add(slug);
    return slug;
  };

  // A new section, added to sections.yml through yaml's Document (the editors' comments stay).
  const sectionSlugs = new Set(content.sections.map((s) => s.slug));
  const sectionNames = new Set(content.sections.map((s) => s.name));
  const section: SectionInput = {
    slug: unused('pack-community', sectionSlugs),
    name: unused('城建社区', sectionNames, ''),
    description: '老旧小区改造、社区服务和城市更新的新闻。',
  };
  const sectionsDoc = parseDocument(fs.readFileSync(path.join(dir, 'sections.yml'), 'utf8'));
  if (!isSeq(sectionsDoc.contents)) throw new Error('sections.yml is not a list');
  sectionsDoc.add(sectionsDoc.createNode(section));
  sectionsFile.parse(sectionsDoc.toJS());
  write('sections.yml', sectionsDoc.toString({ lineWidth: 0 }));

  // A new scam type.
  const scamTypeSlug = unused('pack-fake-game-trade', new Set(content.scamTypes.map((t) => t.slug)));
  const scamTypeInput: ScamTypeInput = {
    name: unused('虚假游戏交易类', new Set(content.scamTypes.map((t) => t.name)), ''),
    aliases: ['游戏账号交易', '游戏装备交易'],
    summary: '骗子在网络游戏里低价出售装备或账号，把玩家引到虚假交易网站，再以账户冻结、保证金等名义反复要钱。',
    stages: ['在游戏里私聊，低价兜售装备或账号', '引到虚假交易网站下单', '以账户冻结为由索要保证金'],
    signs: ['陌生玩家私聊低价出售稀有装备或账号', '要求离开游戏平台到陌生网站交易', '交易网站客服称账户冻结，要求交保证金解冻'],
    neverDo: ['正规游戏平台不会要求玩家另交保证金解冻账户'],
    actions: ['只在游戏官方平台交易', '拨打96110咨询'],
    sources: ['生成的测试资料'],
  };
  scamTypeFrontMatter.parse(scamTypeInput);
  write(`scam-types/${scamTypeSlug}.md`, markdown(scamTypeInput, '这类骗局多针对青少年玩家。遇到低价装备和账号，先想一想为什么会有这样的便宜。'));

  // Three stories: two in the new section sharing a tag, one in an existing section showing the cases.
  const dated = (minutesBefore: number) => fromInstant(packTime - minutesBefore * MINUTE);
  const neighbourhood = tag('社区议事');
  const storySpecs: Omit<PackStory, 'slug' | 'cases' | 'date'>[] = [
    { title: '老旧小区加装电梯试点启动', titleWord: '加装电梯', section: section.slug, tags: [tag('城市更新'), neighbourhood] },
    { title: '街道开设夜间便民服务窗口', titleWord: '夜间便民', section: section.slug, tags: [neighbourhood, tag('便民服务')] },
    { title: '警方揭露虚假游戏账号交易骗局', titleWord: '游戏账号', section: content.sections[0]?.slug ?? section.slug, tags: ['反诈', tag('游戏账号交易')] },
  ];
  const slugWords = ['pack-elevator-retrofit', 'pack-night-service-window', 'pack-game-trade-warning'];
  const stories: PackStory[] = storySpecs.map((spec, i) => ({ ...spec, slug: storySlug(slugWords[i] ?? `pack-story-${i}`), cases: [], date: dated(i) }));
  const caseStory = stories[2]!;

  // Six cases, four of the new type; the other two of a type the folder already had.
  const otherType = content.scamTypes[0]?.slug ?? scamTypeSlug;
  const outcomes: Pick<PackCase, 'outcome' | 'amountAtRisk' | 'amountLost'>[] = [
    { outcome: 'prevented', amountAtRisk: 3000, amountLost: 0 },
    { outcome: 'lost', amountAtRisk: 1200, amountLost: 1200 },
    { outcome: 'partly-recovered', amountAtRisk: 8000, amountLost: 2500 },
    { outcome: 'prevented', amountAtRisk: 15000, amountLost: 0 },
    { outcome: 'prevented', amountAtRisk: 40000, amountLost: 0 },
    { outcome: 'lost', amountAtRisk: 600, amountLost: 600 },
  ];
  const people = ['小王', '小李', '张先生', '刘同学', '陈女士', '赵先生'];
  const cases: PackCase[] = outcomes.map((amounts, i) => ({
    ...amounts,
    slug: unused(`pack-case-${i + 1}`, caseSlugs),
    title: `${people[i]}遇到的第${i + 1}起交易骗局`,
    scamType: i < 4 ? scamTypeSlug : otherType,
    story: caseStory.slug,
    date: dated(10 + i),
  }));
  caseStory.cases = cases.map((fraudCase) => fraudCase.slug);
  for (const [i, fraudCase] of cases.entries()) {
    const stopped = fraudCase.outcome === 'prevented';
    const input: CaseInput = {
      title: fraudCase.title,
      scamType: fraudCase.scamType,
      story: fraudCase.story,
      whatHappened: `陌生玩家称可以低价出售稀有装备，把${people[i]}引到陌生的交易网站付款。`,
      date: fraudCase.date.iso,
      dateIs: 'occurred',
      person: people[i],
      channels: ['app'],
      amountAtRisk: fraudCase.amountAtRisk,
      amountLost: fraudCase.amountLost,
      outcome: fraudCase.outcome,
      redFlags: [
        { text: '要求离开游戏平台到陌生网站交易', step: 2 },
        { text: '以账户冻结为由要求交保证金', step: 3 },
      ],
      steps: ['陌生玩家私聊，称低价出售稀有装备。', '对方要求到陌生交易网站下单付款。', '网站“客服”称账户被冻结，要求再交保证金解冻。'],
      ...(stopped ? { stoppedAtStep: 3, stoppedBy: '家人提醒后拨打96110咨询' } : {}),
      advice: '只在游戏官方平台交易。',
    };
    caseFrontMatter.parse(input);
    write(
      `cases/${fraudCase.slug}.md`,
      markdown(input, `${people[i]}在玩网络游戏时收到陌生玩家私聊，对方称可以低价出售稀有装备，随后把他引到一个陌生的交易网站。`),
    );
  }

  for (const story of stories) {
    const input: StoryInput = {
      title: story.title,
      kicker: '本报专稿',
      date: story.date.iso,
      section: story.section,
      tags: story.tags,
      authors: [{ name: '测试记者', role: '记者' }],
      source: '本报讯',
      cases: story.cases,
    };
    storyFrontMatter.parse(input);
    const body = story.cases.length
      ? `${story.title}：警方通报了近期接到的几起报案，提醒市民提高警惕。\n\n::cases\n\n警方提醒，遇到可疑情况请拨打96110咨询。`
      : `${story.title}。记者从有关部门了解到，这项工作将在全市逐步推开，居民可以向所在社区咨询具体安排。\n\n有关负责人表示，将根据居民的意见不断改进。`;
    write(`stories/${story.slug}.md`, markdown(input, body));
  }

  // Edit the newest settled story; delete the oldest other one that no case names, else
  // the oldest other one, unlinking its cases first (as an editor would have to).
  const [editTarget, ...others] = settled(content, now);
  const named = new Set(content.cases.map((fraudCase) => fraudCase.story));
  const deleteTarget = others.findLast((story) => !named.has(story.slug)) ?? others.at(-1);
  if (!editTarget || !deleteTarget) throw new Error('padding left fewer than two stories to edit and delete');
  const edited = { slug: editTarget.slug, title: `追踪报道：${editTarget.title}`, titleWord: '追踪报道', updated: fromInstant(packTime) };
  editFrontMatter(path.resolve(editTarget.file), (doc) => {
    doc.set('title', edited.title);
    doc.set('updated', edited.updated.iso);
  });
  files.push(path.relative(dir, path.resolve(editTarget.file)));

  const unlinkedCases = content.cases.filter((fraudCase) => fraudCase.story === deleteTarget.slug);
  for (const fraudCase of unlinkedCases) {
    editFrontMatter(path.resolve(fraudCase.file), (doc) => doc.delete('story'));
    files.push(path.relative(dir, path.resolve(fraudCase.file)));
  }
  fs.rmSync(path.resolve(deleteTarget.file));

  return {
    base,
    now,
    section,
    stories,
    scamType: { slug: scamTypeSlug, name: scamTypeInput.name, signs: scamTypeInput.signs },
    cases,
    newTags: [...new Set(stories.flatMap((story) => story.tags))].filter((t) => !baseTags.has(t)),
    edited,
    deleted: { slug: deleteTarget.slug, title: deleteTarget.title, unlinkedCases: unlinkedCases.map((c) => c.slug) },
    files,
  };
}
