/**
 * Split a Markdown file into front matter and body (gray-matter) and parse the
 * front matter with the `yaml` package (YAML 1.2: an unquoted 2022-06-11 stays
 * text, so dates keep the meaning the editor wrote; duplicate keys, unknown tags
 * and alias bombs are errors, not silent surprises).
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';

export type FrontMatter =
  | {
      ok: true;
      data: Record<string, unknown>;
      body: string;
      /** 1-based file line on which the body starts */
      bodyStartLine: number;
      /** 1-based file line of a front-matter field, when it is present */
      lineOf: (path: readonly PropertyKey[]) => number | undefined;
    }
  | { ok: false; line?: number; message: string };

class YamlProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

// The commonest YAML mistakes, in the editor's words; others keep yaml's own text.
const YAML_HINTS: [RegExp, string][] = [
  [/Map keys must be unique/, '同一个字段写了两次'],
  [/Unresolved tag/, '不支持以 ! 开头的 YAML 标签'],
  [/Nested mappings are not allowed in compact mappings/, '冒号后的值里又出现了“: ”，请给这个值加上引号'],
  [/Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/, '这一行缺少“字段: 值”中的冒号，或缩进不对'],
  [/end with a \]/, '方括号 [ 没有用 ] 闭合（请检查这一行或上一行的列表）'],
  [/end with a \}/, '花括号 { 没有用 } 闭合（请检查这一行或上一行）'],
  [/must be sufficiently indented|bad indentation/i, '缩进不对，请用空格对齐'],
  [/Missing closing "?quote|Missing closing ['"]/, '引号没有成对闭合'],
  [/Excessive alias count/, '别名（*）展开过多，已拒绝'],
];

function explainYamlError(message: string): string {
  const detail = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(detail));
  return hint ? `${hint[1]}（${detail}）` : detail;
}

const YAML_OPTIONS = { prettyErrors: true, uniqueKeys: true, maxAliasCount: 50 } as const;

function parseYaml(source: string): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { ...YAML_OPTIONS, lineCounter });
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new YamlProblem(`front matter 的 YAML 格式有误：${explainYamlError(first.message)}`, line);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_OPTIONS.maxAliasCount });
  } catch (error) {
    throw new YamlProblem(`front matter 无法读取：${(error as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new YamlProblem('front matter 应为“字段: 值”的形式（每行一个字段）', 2);
  }
  return value as Record<string, unknown>;
}

function locate(source: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { ...YAML_OPTIONS, lineCounter });
  let node: unknown = doc.contents;
  let found: Node | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      found = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item) break;
      found = item as Node;
      node = item;
    } else break;
  }
  const offset = found?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

export function readFrontMatter(raw: string): FrontMatter {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source, { engines: { yaml: parseYaml } });
  } catch (error) {
    if (error instanceof YamlProblem) return { ok: false, line: error.line, message: error.message };
    return { ok: false, message: `front matter 无法读取：${(error as Error).message}` };
  }
  const data = (file.data ?? {}) as Record<string, unknown>;
  const bodyStartLine = source.slice(0, source.length - file.content.length).split('\n').length;
  // gray-matter's `matter` starts with the newline ending the opening ---, so its
  // line numbers are the file's.
  const frontMatterSource = file.matter ?? '';
  return {
    ok: true,
    data,
    body: file.content,
    bodyStartLine,
    lineOf: (path) => (path.length ? locate(frontMatterSource, path) : undefined),
  };
}
