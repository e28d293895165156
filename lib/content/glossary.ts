/**
 * The glossary (content/glossary.yml): words residents may not know — 征信, 屏幕共享,
 * 对公账户 — explained where a page first uses them, at load time, with no JavaScript:
 *
 *   - in a Markdown body, the first use of each term gets a dotted underline and,
 *     right after its paragraph (or at the end of its list item or table cell), a
 *     <details> "“征信”是什么意思？" that opens to the definition, the term in <dfn>;
 *   - an editor may write [[征信]] in a body to choose the place (the brackets are not
 *     shown); a marked word the glossary does not define is an error, never a silent
 *     plain word;
 *   - terms in the text a page shows above its body (a case's title, an after-care
 *     page's title) and in its lists are explained under the page's header, in one
 *     <details> "词语解释：个人征信、作饵" that lists each with its definition ("notes"),
 *     unless the body explains them: each term once per page.
 *
 * Matching is literal after the shared normalisation (lib/text/normalize.ts: 簡繁,
 * full-width, case), longest term first, so 征信修复 is not read as 征信.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { normalize } from '@/lib/text/normalize';
import type { GlossaryEntry } from './schema';

export type { GlossaryEntry };

/** The glossary compiled for matching. */
export interface Glossary {
  entries: readonly GlossaryEntry[];
  /** Every use of a term or alias in the text, in order, longest first where they overlap */
  matches(text: string): GlossaryMatch[];
  /** The entry whose term or alias this is, as written or normalised */
  find(word: string): GlossaryEntry | undefined;
}

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** Offsets in the original text (normalisation keeps lengths) */
  start: number;
  end: number;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms of an entry: its term, then its aliases. */
export function formsOf(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.aliases];
}

export function compileGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byForm = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      const key = normalize(form.trim());
      if (key && !byForm.has(key)) byForm.set(key, entry);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const pattern = forms.length ? new RegExp(forms.map(escape).join('|'), 'g') : undefined;
  return {
    entries,
    find: (word) => byForm.get(normalize(word.trim())),
    matches(text) {
      if (!pattern) return [];
      const found: GlossaryMatch[] = [];
      for (const match of normalize(text).matchAll(pattern)) {
        const entry = byForm.get(match[0]);
        if (entry) found.push({ entry, start: match.index, end: match.index + match[0].length });
      }
      return found;
    },
  };
}

export const EMPTY_GLOSSARY: Glossary = compileGlossary([]);

/** Where an editor's [[…]] names a word the glossary does not define. */
export interface UndefinedMark {
  word: string;
  /** 1-based line within the Markdown body */
  line?: number;
}

/** What a page explains with the glossary: given to the Markdown pipeline. */
export interface GlossaryUse {
  glossary: Glossary;
  /** Text shown above the body (title, summary): its terms are explained under the header */
  header?: readonly string[];
  /** Other text the page shows (lists): its terms not explained in the body join the notes */
  rest?: readonly string[];
}

/** An editor's mark: [[征信]]. Inside it no brackets or line breaks; at most 30 characters. */
export const MARK = /\[\[([^[\]\n]{1,30})\]\]/g;

/** What the explanations look like. One definition, for the body and the notes alike. */
export function explanation(word: string, entry: GlossaryEntry): Element {
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['gloss'] },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: `“${word}”是什么意思？` }] },
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'dfn', properties: {}, children: [{ type: 'text', value: word }] },
          { type: 'text', value: `：${entry.definition}` },
        ],
      },
    ],
  };
}

/**
 * The notes under a page's header: one line, so the first screen stays for what happened
 * and what to do — "词语解释：个人征信、作饵", opening to each word with its definition.
 */
export function notesExplanation(notes: readonly { word: string; entry: GlossaryEntry }[]): Element {
  const text = (value: string): Text => ({ type: 'text', value });
  const element = (tagName: string, children: ElementContent[], className?: string[]): Element => ({
    type: 'element',
    tagName,
    properties: className ? { className } : {},
    children,
  });
  return element(
    'details',
    [
      element('summary', [text(`词语解释：${notes.map((note) => note.word).join('、')}`)]),
      element(
        'dl',
        notes.map(({ word, entry }) => element('div', [element('dt', [element('dfn', [text(word)])]), element('dd', [text(entry.definition)])])),
      ),
    ],
    ['gloss', 'gloss--notes'],
  );
}

function termSpan(word: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['gloss-term'] }, children: [{ type: 'text', value: word }] };
}

/** Elements whose text is never annotated: links, code, headings (their ids and the outline stay as written), our own. */
const NOT_ANNOTATED = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'details', 'dfn', 'abbr', 'sup', 'sub', 'script', 'style']);
/** Marks are kept literally only in code. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp']);
/** Elements that may hold a <details>: an explanation raised from inside them is placed in them. */
const FLOW_CONTAINERS = new Set(['li', 'blockquote', 'td', 'th', 'dd', 'div', 'section', 'figure', 'article', 'aside', 'footer', 'header', 'main', 'nav']);
/** Inline (phrasing) elements: explanations from them wait for the next block or the container's end. */
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'input', 'ins', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

type Parent = Root | Element;

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

function lineOf(node: { position?: { start: { line: number } } }): number | undefined {
  return node.position?.start.line;
}

/**
 * Replace the editors' [[…]] marks in text with marked spans, remembering each span's
 * entry (or reporting a word the glossary lacks). Runs before the first paragraph and
 * the plain text are taken, so neither shows brackets.
 */
export function replaceMarks(tree: Root, glossary: Glossary, marks: Map<Element, GlossaryEntry>, undefinedMarks: UndefinedMark[]): void {
  const walk = (parent: Parent) => {
    if (parent.type === 'element' && LITERAL.has(parent.tagName)) return;
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type !== 'text' || !child.value.includes('[[')) {
        if (child.type === 'element') walk(child);
        children.push(child);
        continue;
      }
      let last = 0;
      for (const match of child.value.matchAll(MARK)) {
        const word = (match[1] ?? '').trim();
        if (match.index > last) children.push({ type: 'text', value: child.value.slice(last, match.index) });
        const entry = glossary.find(word);
        if (entry) {
          const span = termSpan(word);
          marks.set(span, entry);
          children.push(span);
        } else {
          undefinedMarks.push({ word, line: lineOf(child) });
          children.push({ type: 'text', value: word });
        }
        last = match.index + match[0].length;
      }
      if (last < child.value.length) children.push({ type: 'text', value: child.value.slice(last) });
    }
    parent.children = children;
  };
  walk(tree);
}

/** One page's explanations, kept across the parts of a body split at ::cases. */
export class PageGlossary {
  /** Entries explained so far (under the header, or in the body) */
  private readonly explained = new Set<GlossaryEntry>();
  /** Entries an editor marked: explained at the mark, not at an earlier plain use */
  private readonly marked: Set<GlossaryEntry>;
  private readonly header: { word: string; entry: GlossaryEntry }[] = [];

  constructor(
    private readonly use: GlossaryUse,
    private readonly marks: ReadonlyMap<Element, GlossaryEntry>,
  ) {
    this.marked = new Set(marks.values());
    for (const text of use.header ?? []) {
      for (const { entry, start, end } of use.glossary.matches(text)) {
        if (this.explained.has(entry) || this.marked.has(entry)) continue;
        this.explained.add(entry);
        this.header.push({ word: text.slice(start, end), entry });
      }
    }
  }

  /** Explain, in place, the first use in this part of the body of each term not yet explained. */
  annotate(tree: Root): void {
    // Nothing to explain (no glossary, no marks): leave the tree as it is.
    if (this.use.glossary.entries.length === 0 && this.marks.size === 0) return;
    this.place(tree, false);
  }

  /** Splits a text node at first uses; returns the nodes and the explanations they need. */
  private splitText(node: Text): { nodes: ElementContent[]; explanations: Element[] } {
    const nodes: ElementContent[] = [];
    const explanations: Element[] = [];
    let last = 0;
    for (const { entry, start, end } of this.use.glossary.matches(node.value)) {
      if (this.explained.has(entry) || this.marked.has(entry) || start < last) continue;
      this.explained.add(entry);
      const word = node.value.slice(start, end);
      if (start > last) nodes.push({ type: 'text', value: node.value.slice(last, start) });
      nodes.push(termSpan(word));
      explanations.push(explanation(word, entry));
      last = end;
    }
    if (explanations.length === 0) return { nodes: [node], explanations };
    if (last < node.value.length) nodes.push({ type: 'text', value: node.value.slice(last) });
    return { nodes, explanations };
  }

  /**
   * Walks a parent's children in document order, splitting text at first uses and
   * placing each explanation where a <details> may stand: after the block that holds
   * the use, inside the nearest container that may hold it. Returns the explanations
   * this parent cannot hold itself, for its own parent to place.
   */
  private place(parent: Parent, skip: boolean): Element[] {
    const holds = parent.type === 'root' || FLOW_CONTAINERS.has(parent.tagName);
    const children: (RootContent | ElementContent)[] = [];
    const raised: Element[] = [];
    let waiting: Element[] = [];
    for (const child of parent.children) {
      let found: Element[] = [];
      let nodes: (RootContent | ElementContent)[] = [child];
      if (child.type === 'text' && !skip) {
        const split = this.splitText(child);
        nodes = split.nodes;
        found = split.explanations;
      } else if (isElement(child)) {
        const entry = this.marks.get(child);
        if (entry) {
          if (!this.explained.has(entry)) {
            this.explained.add(entry);
            found = [explanation(hastText(child), entry)];
          }
        } else {
          found = this.place(child, skip || NOT_ANNOTATED.has(child.tagName));
        }
      }
      const inline = child.type === 'text' || (isElement(child) && PHRASING.has(child.tagName));
      if (!holds) {
        children.push(...nodes);
        raised.push(...found);
      } else if (inline) {
        // A use inside running text: explained after the text, before the next block.
        children.push(...nodes);
        waiting.push(...found);
      } else {
        children.push(...waiting, ...nodes, ...found);
        waiting = [];
      }
    }
    children.push(...waiting);
    parent.children = children;
    return raised;
  }

  /** Terms of the header, and of the rest of the page where the body did not explain them: none, or one <details>. */
  notes(): Element[] {
    const notes = [...this.header];
    for (const text of this.use.rest ?? []) {
      for (const { entry, start, end } of this.use.glossary.matches(text)) {
        if (this.explained.has(entry)) continue;
        this.explained.add(entry);
        notes.push({ word: text.slice(start, end), entry });
      }
    }
    return notes.length ? [notesExplanation(notes)] : [];
  }
}

function hastText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : isElement(child) ? hastText(child) : '')).join('');
}
