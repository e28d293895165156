import type { ContentProblem } from '@/lib/content/problems';

/** Preview only: every content problem, on every page, in the editor's words. */
export function DevContentProblems({ problems }: { problems: readonly ContentProblem[] }) {
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error');
  return (
    <section className="dev-problems" role="alert" aria-labelledby="dev-problems-heading">
      <h2 id="dev-problems-heading">
        预览提示：内容有 {errors.length} 个错误{problems.length > errors.length ? `、${problems.length - errors.length} 个提醒` : ''}
      </h2>
      <p>有错误的文件暂不显示，改正并保存后页面会自动刷新。正式发布时，这些错误会让构建失败。</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} className={problem.severity === 'warning' ? 'dev-problems__warning' : undefined}>
            <code>
              {problem.file}
              {problem.line ? `:${problem.line}` : ''}
            </code>
            {problem.field ? (
              <>
                {' '}
                字段 <code>{problem.field}</code>
              </>
            ) : null}
            ：{problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
