/** Turn zod issues into messages an editor understands (Chinese, with the field name). */
import type * as z from 'zod';
import { nearest } from './suggest';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  array: '列表（每项一行，以 - 开头）',
  object: '对象（“字段: 值”形式）',
  date: '日期',
};

export function describeValue(value: unknown): string {
  if (value === undefined) return '空';
  if (value === null) return '空值';
  if (typeof value === 'string') return `文本 "${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `布尔值 ${value}`;
  if (Array.isArray(value)) return `列表（${value.length} 项）`;
  if (value instanceof Date) return `日期 ${value.toISOString()}`;
  return '对象';
}

export interface DescribedIssue {
  /** Path of the field the message is about (for unknown keys: the key itself) */
  path: PropertyKey[];
  message: string;
  /** For a misspelt key: the valid key it probably means */
  suggestion?: string;
  /** The field is required and absent */
  missing?: boolean;
}

/**
 * @param knownKeys the valid keys of the object at the issue's path, to suggest
 * the nearest one for a misspelt key.
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  knownKeys: (path: readonly PropertyKey[]) => readonly string[],
): DescribedIssue[] {
  const path = [...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      // A schema may carry its own explanation (e.g. why alt text is required).
      const explained = /^Invalid input/.test(issue.message) ? `应为${expected}` : issue.message;
      if (issue.input === undefined) return [{ path, message: `缺少必填字段（${explained}）`, missing: true }];
      return [{ path, message: `应为${expected}，实际为${describeValue(issue.input)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(path);
        const guess = nearest(key, known);
        const hint = guess ? `，是不是想写 ${guess}？` : known.length ? `；可用的字段有：${known.join('、')}` : '';
        return { path: [...path, key], message: `未知字段 ${key}${hint}`, suggestion: guess };
      });
    case 'invalid_value': {
      const options = issue.values.map(String).join('、');
      if (issue.input === undefined) return [{ path, message: `缺少必填字段（应为以下之一：${options}）`, missing: true }];
      return [{ path, message: `应为以下之一：${options}；实际为${describeValue(issue.input)}` }];
    }
    case 'too_small':
      if (issue.origin === 'array') return [{ path, message: issue.message.startsWith('Too small') ? `至少需要 ${issue.minimum} 项` : issue.message }];
      return [{ path, message: issue.message.startsWith('Too small') ? `不能小于 ${issue.minimum}` : issue.message }];
    case 'invalid_union': {
      // Explain the alternative whose shape matches what the editor wrote (e.g. the
      // object form of a red flag), not every alternative at once.
      const typeMismatch = (branch: z.core.$ZodIssue[]) => branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0].path.length === 0;
      const matching = issue.errors.find((branch) => !typeMismatch(branch));
      if (matching) {
        return matching.flatMap((sub) => describeIssue({ ...sub, path: [...path, ...sub.path] }, knownKeys));
      }
      // A schema may say how to write the value (an amount: 62000, or { value, approx }).
      if (!/^Invalid input/.test(issue.message)) return [{ path, message: `${issue.message}；实际为${describeValue(issue.input)}` }];
      const expected = issue.errors.flatMap((branch) => (branch[0]?.code === 'invalid_type' ? [TYPE_NAMES[branch[0].expected] ?? branch[0].expected] : []));
      return [{ path, message: `应为${expected.join('或')}，实际为${describeValue(issue.input)}` }];
    }
    case 'invalid_format':
      return [{ path, message: `${issue.message}；实际为${describeValue(issue.input)}` }];
    default:
      return [{ path, message: issue.message }];
  }
}
