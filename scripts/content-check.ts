/**
 * npm run content:check [-- <file or folder> …]
 *
 * Without paths: validate every content file and print every problem
 * (file:line → field：message) and every warning ([提醒]), or a one-line summary.
 * With paths (e.g. content/cases/x.md): still load the whole folder, because
 * references need it, but report only the problems of those files, plus a one-line
 * count for the other files.
 * Stories and cases dated in the future are listed with the Beijing time at which they
 * go live (information, not a problem).
 * Exit 1 on an error in what was asked about; warnings never change the exit code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_KINDS, CONTENT_KIND_LIST } from '../lib/content/kinds';
import { LIST_FILES, loadContent } from '../lib/content/load';
import { errorsOf, formatProblem, formatSummary, type ContentProblem } from '../lib/content/problems';
import { scheduledRecords } from '../lib/content/publication';
import type { Content } from '../lib/content/records';
import { formatDateAndTime } from '../lib/format/date';
import { contentDir } from '../lib/content/store';
import { collectWarnings } from '../lib/content/warnings';
import { SettingsError } from '../lib/site/config';

const USAGE = 'Usage: npm run content:check [-- <file or folder inside the content folder> …]';
const ADVICE = '请按上面的提示修改后再发布（字段说明见 content/README.md）。';

interface Target {
  /** As the editor typed it */
  arg: string;
  /** Relative to the content folder; '' is the whole folder */
  inContent: string;
}

/** Relative to where the command runs, like the file names in problems (see load.ts). */
function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A file of the same name elsewhere in the content folder (a wrong subfolder is the usual slip). */
function sameName(dir: string, arg: string): string | undefined {
  const name = path.basename(arg);
  return filesUnder(dir).find((file) => path.basename(file) === name);
}

/** The content folder the path points into, or why it cannot be checked. */
function resolveTarget(arg: string, dir: string): Target | string {
  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  const bases = [process.cwd(), process.env.INIT_CWD].filter((base): base is string => Boolean(base));
  const found = bases.map((base) => path.resolve(base, arg)).find((candidate) => fs.existsSync(candidate));
  if (!found) {
    const guess = sameName(dir, arg);
    return `找不到“${arg}”${guess ? `，是不是 ${shown(guess)}？` : '。'}请写从项目根目录算起的路径，例如：npm run content:check -- content/cases/credit-record-bait.md`;
  }
  const inContent = path.relative(fs.realpathSync(dir), fs.realpathSync(found));
  if (inContent.startsWith('..') || path.isAbsolute(inContent)) {
    return `“${arg}”不在内容目录 ${shown(dir)}/ 里；content:check 只检查内容目录里的文件`;
  }
  const [top] = inContent.split(path.sep);
  const folders = CONTENT_KIND_LIST.map((kind) => CONTENT_KINDS[kind].folder);
  if (inContent !== '' && ![...LIST_FILES, ...folders].includes(top ?? '')) {
    return `“${arg}”不是内容文件，不会被检查：content:check 检查的是 ${LIST_FILES.join('、')} 和 ${folders.map((f) => `${f}/`).join('、')} 里的文件`;
  }
  return { arg, inContent };
}

/** Whether a file (as problems name it) is what the target asks about. */
function isIn(file: string, target: Target, dir: string): boolean {
  if (target.inContent === '') return true;
  const inContent = path.relative(dir, path.resolve(process.cwd(), file));
  return inContent === target.inContent || inContent.startsWith(target.inContent + path.sep);
}

/** "2 个错误、1 个提醒" */
function count(problems: readonly ContentProblem[]): string {
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  return [errors ? `${errors} 个错误` : '', warnings ? `${warnings} 个提醒` : ''].filter(Boolean).join('、');
}

/** Errors first (in the order found), then warnings file by file: what must be fixed comes first. */
function print(problems: readonly ContentProblem[]): void {
  for (const problem of errorsOf(problems)) console.log(formatProblem(problem));
  // Stable: a file's warnings keep their order (the loader's, then collectWarnings' rules).
  const warnings = problems.filter((problem) => problem.severity === 'warning').sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const problem of warnings) console.log(formatProblem(problem));
}

/** Scheduled stories and cases (of the files asked about), soonest first: when each goes live. */
function printScheduled(content: Content, wanted: (file: string) => boolean): void {
  const scheduled = scheduledRecords(content, Date.now()).filter((record) => wanted(record.file));
  if (scheduled.length === 0) return;
  console.log(`定时发布（到时间自动上线，无需操作；草稿不在此列）：`);
  for (const record of scheduled) console.log(`  ${record.file} → 北京时间 ${formatDateAndTime(record.date)} 发布`);
}

function checkAll(problems: readonly ContentProblem[], totals: string): number {
  const errors = errorsOf(problems);
  print(problems);
  if (problems.length === 0) console.log(`内容检查通过：${totals}，没有发现问题。`);
  else if (errors.length === 0) console.log(`\n内容检查通过：${totals}，没有错误；有 ${count(problems)}（不影响发布，建议看一看）。`);
  else console.log(`\n${formatSummary(problems)}。${ADVICE}`);
  return errors.length ? 1 : 0;
}

function checkSome(problems: readonly ContentProblem[], targets: readonly Target[], dir: string): number {
  const mine = problems.filter((problem) => targets.some((target) => isIn(problem.file, target, dir)));
  const others = problems.filter((problem) => !mine.includes(problem));
  const label = targets.map((target) => target.arg).join('、');
  print(mine);
  if (mine.length === 0) console.log(`${label} 检查通过，没有发现问题。`);
  else if (errorsOf(mine).length === 0) console.log(`\n${label} 没有错误；有 ${count(mine)}（不影响发布，建议看一看）。`);
  else console.log(`\n${label} 发现 ${count(mine)}。${ADVICE}`);
  if (others.length) console.log(`（其他文件还有 ${count(others)}，运行 npm run content:check 可以查看全部。）`);
  return errorsOf(mine).length ? 1 : 0;
}

function main(args: readonly string[]): number {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(`${USAGE}\n不写路径时检查全部内容；写了路径（如 content/cases/x.md）时只列出这些文件的问题。`);
    return 0;
  }
  const unknownOption = args.find((arg) => arg.startsWith('-'));
  if (unknownOption) {
    console.error(`不认识的选项 ${unknownOption}\n${USAGE}`);
    return 1;
  }
  const dir = contentDir();
  const targets: Target[] = [];
  if (args.length) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      console.error(`找不到内容目录 ${shown(dir)}；请在项目根目录运行，或用 CONTENT_DIR 指向内容目录`);
      return 1;
    }
    const refused: string[] = [];
    for (const arg of args) {
      const target = resolveTarget(arg, dir);
      if (typeof target === 'string') refused.push(target);
      else targets.push(target);
    }
    if (refused.length) {
      console.error(refused.join('\n'));
      return 1;
    }
  }

  const { content, problems } = loadContent(dir);
  const all = [...problems, ...collectWarnings(content)];
  printScheduled(content, (file) => targets.length === 0 || targets.some((target) => isIn(file, target, dir)));
  if (targets.length) return checkSome(all, targets, dir);
  const kinds = CONTENT_KIND_LIST.map((kind) => {
    const { collection, counter, label } = CONTENT_KINDS[kind];
    return `${content[collection].length} ${counter}${label}`;
  });
  const totals = [...kinds, `${content.sections.length} 个栏目`, ...(content.glossary.length ? [`${content.glossary.length} 个术语`] : [])].join('、');
  return checkAll(all, totals);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bad environment setting is the operator's to fix: its message, not a stack trace.
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
