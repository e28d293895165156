/**
 * npm run content:check — validate every content file, print every problem
 * (file:line → field: message) or a one-line summary; exit 1 on any error.
 */
import { contentDir } from '../lib/content/store';
import { loadContent } from '../lib/content/load';
import { errorsOf, formatProblem, formatSummary } from '../lib/content/problems';

const dir = contentDir();
const { content, problems } = loadContent(dir);
const errors = errorsOf(problems);

for (const problem of problems) console.log(formatProblem(problem));
if (problems.length === 0) {
  console.log(
    `内容检查通过：${content.stories.length} 篇稿件、${content.cases.length} 个案例、${content.scamTypes.length} 个诈骗类型、${content.sections.length} 个栏目，没有发现问题。`,
  );
} else {
  console.log(`\n${formatSummary(problems)}。${errors.length ? '请按上面的提示修改后再发布（字段说明见 content/README.md）。' : ''}`);
}
process.exitCode = errors.length ? 1 : 0;
