/**
 * What the content check reports. Every problem names the file, and where it can
 * the field and line, in words an editor understands.
 */

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  severity: Severity;
  /** Path relative to the project root, e.g. content/cases/x.md */
  file: string;
  /** Field path as the editor wrote it, e.g. authors（第 2 项）.role */
  field?: string;
  /** 1-based line in the file */
  line?: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? `${problem.field}：` : '';
  const label = problem.severity === 'warning' ? '[提醒] ' : '';
  return `${label}${where} → ${field}${problem.message}`;
}

export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

export function formatSummary(problems: readonly ContentProblem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  return `内容检查发现 ${errors} 个错误${warnings ? `、${warnings} 个提醒` : ''}`;
}

/** Thrown when the site is asked for content that failed validation. */
export class ContentValidationError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = errorsOf(problems);
    super(
      `${formatSummary(problems)}，内容无法发布：\n${errors.map(formatProblem).join('\n')}\n` +
        '运行 npm run content:check 查看全部问题；字段说明见 content/README.md。',
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/** Render a field path (['authors', 1, 'role']) the way an editor reads it. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (const part of path) {
    if (typeof part === 'number') label += `（第 ${part + 1} 项）`;
    else label += label ? `.${String(part)}` : String(part);
  }
  return label;
}
