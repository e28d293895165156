import { contentDir, getContent } from './store';
import { ContentValidationError } from './problems';

/** Validate the content folder once at server start; exit with a clear message if it is unusable. */
export function checkContentAtStartup(): void {
  try {
    getContent();
  } catch (error) {
    const detail = error instanceof ContentValidationError ? error.message : `读取内容目录 ${contentDir()} 失败：${(error as Error).message}`;
    console.error(`\n服务器无法启动：内容有误。\n${detail}\n`);
    process.exit(1);
  }
}
