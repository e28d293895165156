/** Cross-record rules: references exist, are not drafts when the referrer is published, dates are ordered. */
import { CONTENT_KINDS, type ContentKind } from './kinds';
import type { Located } from './load-kinds';
import type { ContentProblem } from './problems';
import type { Content } from './records';
import type { ScamTypeSource } from './schema';

export interface RecordFiles {
  /** Where a loaded record's file is */
  locate: (kind: ContentKind, slug: string) => Located | undefined;
  /** Whether the kind has a file of this slug, even one that failed to load */
  exists: (kind: ContentKind, slug: string) => boolean;
}

/** `content/cases/` for messages. */
const folderOf = (kind: ContentKind) => `content/${CONTENT_KINDS[kind].folder}/`;

export function checkReferences(content: Content, { locate, exists }: RecordFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sectionSlugs = new Set(content.sections.map((s) => s.slug));
  const stories = new Map(content.stories.map((s) => [s.slug, s]));
  const cases = new Map(content.cases.map((c) => [c.slug, c]));
  const scamTypes = new Set(content.scamTypes.map((t) => t.slug));
  const situations = new Set(content.situations.map((s) => s.slug));

  const report = (kind: ContentKind, slug: string, field: readonly PropertyKey[], fieldText: string, message: string) => {
    const where = locate(kind, slug);
    problems.push({ severity: 'error', file: where?.file ?? slug, field: fieldText, line: where?.lineOf(field), message });
  };

  for (const story of content.stories) {
    if (!sectionSlugs.has(story.section)) {
      report('story', story.slug, ['section'], 'section', `栏目“${story.section}”不存在；content/sections.yml 中的栏目有：${[...sectionSlugs].join('、') || '（无）'}`);
    }
    story.cases.forEach((caseSlug, index) => {
      const linked = cases.get(caseSlug);
      const field = `cases（第 ${index + 1} 项）`;
      if (!linked) {
        if (exists('case', caseSlug)) return;
        report('story', story.slug, ['cases', index], field, `案例“${caseSlug}”不存在（应为 ${folderOf('case')} 下某个文件名，不含 .md）`);
      } else if (linked.draft && !story.draft) {
        report('story', story.slug, ['cases', index], field, `案例“${caseSlug}”仍是草稿（draft: true），已发布的稿件不能引用草稿`);
      }
    });
    if (new Set(story.cases).size !== story.cases.length) {
      report('story', story.slug, ['cases'], 'cases', '同一个案例列出了不止一次');
    }
    if (story.body.hasCasesMarker && story.cases.length === 0) {
      report('story', story.slug, ['cases'], '正文', '正文里有 ::cases，但 front matter 没有列出 cases');
    }
    if (story.updated && story.updated.epochMs < story.date.epochMs) {
      report('story', story.slug, ['updated'], 'updated', `更新时间 ${story.updated.day} 早于发布时间 ${story.date.day}；updated 不能早于 date`);
    }
    story.corrections.forEach((correction, index) => {
      if (correction.date.epochMs < story.date.epochMs) {
        report('story', story.slug, ['corrections', index, 'date'], `corrections（第 ${index + 1} 项）.date`, `更正日期 ${correction.date.day} 早于发布时间 ${story.date.day}`);
      }
    });
  }

  /** Sources that are stories of this site: each exists and is published. */
  const checkSources = (kind: ContentKind, slug: string, sources: readonly ScamTypeSource[], label: string) => {
    sources.forEach((source, index) => {
      if (typeof source === 'string' || !source.story) return;
      const field = `sources（第 ${index + 1} 项）.story`;
      const story = stories.get(source.story);
      if (!story) {
        if (exists('story', source.story)) return;
        report(kind, slug, ['sources', index, 'story'], field, `稿件“${source.story}”不存在（应为 ${folderOf('story')} 下某个文件名，不含 .md）`);
      } else if (story.draft) {
        report(kind, slug, ['sources', index, 'story'], field, `稿件“${source.story}”仍是草稿（draft: true），${label}不能引用草稿`);
      }
    });
  };

  /** A list of after-care pages (a case's `situations`, a page's `related`): each exists, once. */
  const checkSituations = (kind: ContentKind, slug: string, field: string, list: readonly string[]) => {
    list.forEach((situation, index) => {
      if (situations.has(situation) || exists('help', situation)) return;
      report(kind, slug, [field, index], `${field}（第 ${index + 1} 项）`, `应对指南“${situation}”不存在（应为 ${folderOf('help')} 下某个文件名，不含 .md）；现有：${[...situations].join('、') || '（无）'}`);
    });
    if (new Set(list).size !== list.length) report(kind, slug, [field], field, '同一篇应对指南列出了不止一次');
  };

  for (const situation of content.situations) {
    checkSituations('help', situation.slug, 'related', situation.related);
    if (situation.related.includes(situation.slug)) report('help', situation.slug, ['related'], 'related', '不能把自己列为相关的应对指南');
    checkSources('help', situation.slug, situation.sources, '应对指南');
  }

  for (const fraudCase of content.cases) {
    checkSituations('case', fraudCase.slug, 'situations', fraudCase.situations);
    if (!scamTypes.has(fraudCase.scamType) && !exists('scam-type', fraudCase.scamType)) {
      report('case', fraudCase.slug, ['scamType'], 'scamType', `诈骗类型“${fraudCase.scamType}”不存在；可用的有：${[...scamTypes].join('、') || '（无）'}`);
    }
    if (fraudCase.story) {
      const story = stories.get(fraudCase.story);
      if (!story) {
        if (exists('story', fraudCase.story)) continue;
        report('case', fraudCase.slug, ['story'], 'story', `稿件“${fraudCase.story}”不存在（应为 ${folderOf('story')} 下某个文件名，不含 .md）`);
      } else if (story.draft && !fraudCase.draft) {
        report('case', fraudCase.slug, ['story'], 'story', `稿件“${fraudCase.story}”仍是草稿（draft: true），已发布的案例不能引用草稿`);
      }
    }
  }

  for (const scamType of content.scamTypes) checkSources('scam-type', scamType.slug, scamType.sources, '骗局类型');
  return problems;
}
