/**
 * Markdown → sanitized HTML, as a pipeline of small unified steps:
 *   refuse bodies too large or too deeply nested → parse (GFM, directives)
 *   → restore stray text directives, report other directives and `# ` headings
 *   → split at `::cases` → for each part: to HTML tree (raw HTML parsed)
 *   → report what sanitizing would remove → sanitize → point in-page links at the
 *   sanitizer's prefixed ids → heading ids → body images resolved, sized and lazy
 *   → dateline lead-in on the first paragraph → stringify.
 * Reporting before sanitizing is what keeps "nothing silently dropped": the check
 * names every tag, attribute or URL an editor wrote that will not be published.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import { toString as hastToString } from 'hast-util-to-string';
import { find as findProperty, html as htmlSchema } from 'property-information';
import { visit, SKIP } from 'unist-util-visit';
import type { Root as MdastRoot, RootContent as MdastContent, Text as MdastText } from 'mdast';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { EMPTY_GLOSSARY, PageGlossary, replaceMarks, type GlossaryEntry, type GlossaryUse, type UndefinedMark } from './glossary';
import { BODY_IMAGE_SIZES, optimizedSrcSet, type MediaImage } from './media';

export type BodySegment = { kind: 'html'; html: string } | { kind: 'cases' };

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedBody {
  segments: BodySegment[];
  /** All HTML segments joined, for records that do not embed cases */
  html: string;
  headings: Heading[];
  /** Body text without markup, for summaries, reading time and search */
  plainText: string;
  /** Text of the first paragraph (without the dateline lead-in) */
  firstParagraph: string;
  hasCasesMarker: boolean;
  /** The glossary's explanations (<details>) of the terms the page shows outside the body
   *  and the body does not explain, for under the page's header; '' when none (glossary.ts) */
  glossaryNotes: string;
}

export interface MarkdownIssue {
  /** 1-based line within the Markdown body */
  line?: number;
  message: string;
}

export interface RenderOptions {
  /** Text shown in bold at the start of the first paragraph, e.g. 本报讯(记者 …) */
  leadIn?: string;
  /** Finds an image the body refers to; without it, images are left as written */
  resolveImage?: (src: string) => { ok: true; image: MediaImage } | { ok: false; message: string };
  /** Explain the glossary's terms in place (see glossary.ts); an editor's [[…]] needs a glossary entry either way */
  glossary?: GlossaryUse;
}

/** The directive a story body uses to place its linked cases. */
export const CASES_DIRECTIVE = 'cases';

export const sanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel', 'sms'] },
};

interface PipelineState {
  resolveImage?: RenderOptions['resolveImage'];
  issues: MarkdownIssue[];
  slugger: GithubSlugger;
  headings: Heading[];
  leadIn?: string;
  firstParagraph?: string;
  glossary: GlossaryUse;
  /** The spans an editor's [[…]] became, with their entries */
  marks: Map<Element, GlossaryEntry>;
  undefinedMarks: UndefinedMark[];
}

declare module 'vfile' {
  interface DataMap {
    pipeline: PipelineState;
  }
}

function state(file: VFile): PipelineState {
  const value = file.data.pipeline;
  if (!value) throw new Error('markdown pipeline state missing');
  return value;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * remark-directive reads `word:name` in running text as a text directive. Editors
 * never mean that, so put the exact source text back. Leaf/container directives
 * other than `::cases` are reported. Returns the body split at `::cases`.
 */
function splitAtCasesMarker(tree: MdastRoot, source: string, issues: MarkdownIssue[]): (MdastContent[] | 'cases')[] {
  const sliceOf = (node: MdastContent): string =>
    source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);

  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'textDirective') {
      const text: MdastText = { type: 'text', value: sliceOf(node) };
      parent.children.splice(index, 1, text as never);
      return [SKIP, index];
    }
    if (node.type === 'heading' && node.depth === 1) {
      issues.push({
        line: node.position?.start.line,
        message: '正文里不要用一级标题“# ”（页面标题来自 title 字段），小标题请用“## ”',
      });
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      const isMarker = node.type === 'leafDirective' && node.name === CASES_DIRECTIVE;
      if (!isMarker) {
        issues.push({
          line: node.position?.start.line,
          message: `无法识别的指令“${sliceOf(node).split('\n')[0]}”；正文中只支持单独一行的 ::${CASES_DIRECTIVE}（在此处插入本文的案例）`,
        });
      } else if (parent.type !== 'root') {
        issues.push({
          line: node.position?.start.line,
          message: `::${CASES_DIRECTIVE} 必须单独成行，不能放在列表或引用里`,
        });
      }
      if (!isMarker || parent.type !== 'root') {
        parent.children.splice(index, 1, { type: 'paragraph', children: [{ type: 'text', value: sliceOf(node) }] } as never);
        return [SKIP, index];
      }
    }
    return undefined;
  });

  const chunks: (MdastContent[] | 'cases')[] = [[]];
  for (const child of tree.children) {
    if (child.type === 'leafDirective' && child.name === CASES_DIRECTIVE) {
      if (chunks.includes('cases')) {
        issues.push({ line: child.position?.start.line, message: `::${CASES_DIRECTIVE} 只能出现一次` });
        continue;
      }
      chunks.push('cases', []);
    } else {
      (chunks[chunks.length - 1] as MdastContent[]).push(child);
    }
  }
  return chunks;
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc'] as const;

function allowedProperties(tagName: string): Set<string> {
  const entries = [...(sanitizeSchema.attributes?.[tagName] ?? []), ...(sanitizeSchema.attributes?.['*'] ?? [])];
  return new Set(entries.map((entry) => (Array.isArray(entry) ? String(entry[0]) : String(entry))));
}

function protocolOf(url: string): string | undefined {
  // Browsers ignore whitespace and control characters inside a scheme (java\tscript:).
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const colon = compact.indexOf(':');
  if (colon === -1) return undefined;
  const beforeColon = compact.slice(0, colon);
  return /[/?#]/.test(beforeColon) ? undefined : beforeColon.toLowerCase();
}

/** Names each thing rehype-sanitize is about to remove, so the check can report it. */
function rehypeReportUnsafe() {
  return (tree: HastRoot, file: VFile) => {
    const { issues } = state(file);
    visit(tree, 'element', (element: Element) => {
      const line = element.position?.start.line;
      const tag = element.tagName;
      if (!sanitizeSchema.tagNames?.includes(tag)) {
        const dangerous = ['script', 'iframe', 'object', 'embed', 'style', 'form', 'svg', 'math', 'link', 'meta', 'base'];
        issues.push({
          line,
          message: `正文中的 HTML 标签 <${tag}> 不允许使用${dangerous.includes(tag) ? '（可能执行脚本或嵌入外部内容）' : ''}，发布时会被删除；请改用 Markdown`,
        });
        return SKIP;
      }
      const allowed = allowedProperties(tag);
      for (const [property, value] of Object.entries(element.properties ?? {})) {
        if (value === null || value === undefined || value === false) continue;
        const attribute = findProperty(htmlSchema, property).attribute;
        if (/^on/i.test(attribute)) {
          issues.push({ line, message: `<${tag}> 上的事件属性 ${attribute}= 会执行脚本，不允许使用，发布时会被删除` });
        } else if (!allowed.has(property)) {
          issues.push({ line, message: `<${tag}> 上的属性 ${attribute}= 不允许使用，发布时会被删除` });
        } else if ((URL_PROPERTIES as readonly string[]).includes(property) && typeof value === 'string') {
          const protocol = protocolOf(value);
          const permitted: string[] = (sanitizeSchema.protocols as Record<string, string[] | undefined>)[property] ?? [];
          if (protocol && !permitted.includes(protocol)) {
            issues.push({
              line,
              message: `链接“${value.slice(0, 60)}”使用了不允许的 ${protocol}: 协议，发布时会被删除；只允许 ${permitted.join('、')} 或站内相对链接`,
            });
          }
        }
      }
      return undefined;
    });
  };
}

/** rehype-sanitize prefixes ids (user-content-…) against DOM clobbering; point
 *  in-page links (footnotes, an editor's own #anchors) at the prefixed ids. */
function rehypeLinkPrefixedTargets() {
  return (tree: HastRoot) => {
    const ids = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      if (typeof element.properties?.id === 'string') ids.add(element.properties.id);
    });
    visit(tree, 'element', (element: Element) => {
      const href = element.properties?.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const target = href.slice(1);
      const prefixed = `${sanitizeSchema.clobberPrefix ?? ''}${target}`;
      if (!ids.has(target) && ids.has(prefixed)) element.properties.href = `#${prefixed}`;
    });
  };
}

/** Stable, unique ids for headings; Chinese text is kept, and a heading with no
 *  letters or digits (e.g. only punctuation) gets section-N instead of an empty id. */
function rehypeHeadingIds() {
  return (tree: HastRoot, file: VFile) => {
    const pipeline = state(file);
    visit(tree, 'element', (element: Element) => {
      const match = /^h([1-6])$/.exec(element.tagName);
      if (!match) return;
      const text = hastToString(element).trim();
      const className = element.properties?.className;
      // The visually hidden footnote label is not part of the article outline.
      if (Array.isArray(className) && className.includes('sr-only')) return;
      const base = slugOf(text);
      const usable = /[\p{L}\p{N}]/u.test(base) ? base : `section-${pipeline.headings.length + 1}`;
      const id = pipeline.slugger.slug(usable);
      element.properties = { ...element.properties, id };
      pipeline.headings.push({ depth: Number(match[1]), text, id });
    });
  };
}

/** Body images: the editor's file, sized, lazy, and served through the image optimizer. */
function rehypeContentImages() {
  return (tree: HastRoot, file: VFile) => {
    const pipeline = state(file);
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'img') return;
      const line = element.position?.start.line;
      const alt = typeof element.properties.alt === 'string' ? element.properties.alt.trim() : '';
      if (!alt) pipeline.issues.push({ line, message: '图片缺少替代文字：请写成 ![图片内容的简短描述](图片路径)，给看不见图片的读者' });
      const src = element.properties.src;
      if (typeof src !== 'string' || !pipeline.resolveImage) return;
      const resolved = pipeline.resolveImage(src);
      if (!resolved.ok) {
        pipeline.issues.push({ line, message: resolved.message });
        return;
      }
      const { image } = resolved;
      element.properties = {
        ...element.properties,
        src: image.url,
        srcSet: optimizedSrcSet(image),
        sizes: BODY_IMAGE_SIZES,
        width: image.width,
        height: image.height,
        loading: 'lazy',
        decoding: 'async',
      };
    });
  };
}

/** An editor's [[征信]] → the word, marked for its explanation (glossary.ts). */
function rehypeGlossaryMarks() {
  return (tree: HastRoot, file: VFile) => {
    const pipeline = state(file);
    replaceMarks(tree, pipeline.glossary.glossary, pipeline.marks, pipeline.undefinedMarks);
  };
}

function rehypeLeadIn() {
  return (tree: HastRoot, file: VFile) => {
    const pipeline = state(file);
    if (pipeline.firstParagraph !== undefined) return;
    let first: Element | undefined;
    visit(tree, 'element', (element: Element) => {
      if (element.tagName !== 'p') return undefined;
      first = element;
      return false;
    });
    if (!first) return;
    pipeline.firstParagraph = hastToString(first).trim();
    if (pipeline.leadIn) {
      const leadIn: ElementContent = {
        type: 'element',
        tagName: 'strong',
        properties: { className: ['dateline'] },
        children: [{ type: 'text', value: pipeline.leadIn }],
      };
      first.children.unshift(leadIn);
    }
  };
}

const toHtmlTree = unified()
  .use(remarkRehype, {
    allowDangerousHtml: true,
    // rehype-sanitize adds the user-content- prefix to ids itself; adding it here too doubles it.
    clobberPrefix: '',
    footnoteLabel: '注释',
    footnoteBackLabel: (index: number) => `返回正文第 ${index + 1} 处引用`,
  })
  .use(rehypeRaw)
  .use(rehypeReportUnsafe)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeGlossaryMarks)
  .use(rehypeLinkPrefixedTargets)
  .use(rehypeHeadingIds)
  .use(rehypeContentImages)
  .use(rehypeLeadIn);

const stringifier = unified().use(rehypeStringify);

/** A news article is tens of kilobytes; anything this large is a mistake or an attack
 *  (and parsing time grows with size: this keeps the worst case to seconds). */
export const MAX_BODY_BYTES = 512 * 1024;
/** Deeper nesting than this is never meaningful and would exhaust the parser's stack
 *  (quotes, indentation, or list markers chained on one line). */
const TOO_DEEP = /^(?:[ \t]*>){32}|^[ \t]{128}|^(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+){32}/m;

const EMPTY_BODY: RenderedBody = { segments: [], html: '', headings: [], plainText: '', firstParagraph: '', hasCasesMarker: false, glossaryNotes: '' };

/** Refuse bodies the pipeline should never be asked to parse; undefined when fine. */
function refusal(source: string): string | undefined {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    return `正文过大（${Math.round(bytes / 1024)} KB），单篇正文不能超过 ${MAX_BODY_BYTES / 1024} KB；请拆分或删去多余内容`;
  }
  if (TOO_DEEP.test(source)) return '正文的列表或引用嵌套过深（缩进超过 128 个空格或引用超过 32 层），无法发布';
  return undefined;
}

export function renderMarkdown(source: string, options: RenderOptions = {}): { body: RenderedBody; issues: MarkdownIssue[] } {
  const refused = refusal(source);
  if (refused) return { body: EMPTY_BODY, issues: [{ message: refused }] };
  try {
    return renderChecked(source, options);
  } catch (error) {
    // Defence in depth: a body the parser cannot handle is an editor-facing error, never a crash.
    return { body: EMPTY_BODY, issues: [{ message: `正文无法解析（${error instanceof RangeError ? '结构嵌套过深' : (error as Error).message}）` }] };
  }
}

function renderChecked(source: string, options: RenderOptions): { body: RenderedBody; issues: MarkdownIssue[] } {
  const issues: MarkdownIssue[] = [];
  const tree = parser.runSync(parser.parse(source)) as MdastRoot;
  const chunks = splitAtCasesMarker(tree, source, issues);

  const glossary = options.glossary ?? { glossary: EMPTY_GLOSSARY };
  const pipelineState: PipelineState = {
    issues,
    slugger: new GithubSlugger(),
    headings: [],
    leadIn: options.leadIn,
    resolveImage: options.resolveImage,
    glossary,
    marks: new Map(),
    undefinedMarks: [],
  };
  const file = { data: { pipeline: pipelineState } };
  const parts = chunks.map((chunk) =>
    chunk === 'cases' || chunk.length === 0 ? chunk : (toHtmlTree.runSync({ type: 'root', children: chunk }, file as unknown as VFile)),
  );
  // Every part's [[…]] marks are known now; each term is explained once in the whole body.
  const page = new PageGlossary(glossary, pipelineState.marks);
  const segments: BodySegment[] = [];
  const texts: string[] = [];
  for (const part of parts) {
    if (part === 'cases') {
      segments.push({ kind: 'cases' });
      continue;
    }
    if (Array.isArray(part)) continue;
    texts.push(hastToString(part).replace(/\s*\n\s*/g, '\n').trim());
    // After the text is taken: summaries, search and reading time never read the definitions.
    page.annotate(part);
    segments.push({ kind: 'html', html: stringifier.stringify(part) });
  }
  const pipeline = pipelineState;
  for (const { word, line } of pipeline.undefinedMarks) {
    issues.push({
      line,
      message: `标出的术语“${word}”在 glossary.yml 里没有解释：请在 content/glossary.yml 里加上“${word}”和它的解释（definition），或者去掉两边的 [[ ]]`,
    });
  }
  const notes = page.notes();
  return {
    body: {
      segments,
      html: segments.flatMap((segment) => (segment.kind === 'html' ? [segment.html] : [])).join('\n'),
      headings: pipeline.headings,
      plainText: texts.filter(Boolean).join('\n'),
      firstParagraph: pipeline.firstParagraph ?? '',
      hasCasesMarker: chunks.includes('cases'),
      glossaryNotes: notes.length ? stringifier.stringify({ type: 'root', children: notes }) : '',
    },
    issues,
  };
}
