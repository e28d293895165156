import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editValid, makeContent } from '../helpers/content-fixture';
import { SEED_CONTENT_PATH } from '../helpers/seed-content';

function runCheck(contentDir: string) {
  const result = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/content-check.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run content:check', () => {
  // The frozen seed copy: content/ itself is checked by `npm test` (scripts/test-all.sh),
  // where an editor's change may change these counts.
  it('passes valid content with a one-line summary', () => {
    const { status, output } = runCheck(SEED_CONTENT_PATH);
    expect(status).toBe(0);
    expect(output.trim()).toBe('内容检查通过：3 篇稿件、5 个案例、12 个骗局类型、10 篇应对指南、2 个栏目、12 个术语，没有发现问题。');
  });

  it('prints every error with file, line and field, and exits non-zero', () => {
    const dir = makeContent({
      ...editValid('stories/sample-story.md', 'title:', 'tittle:'),
      ...editValid('cases/sample-case.md', 'scamType: sample-type', 'scamType: no-such-type'),
      'stories/unsafe.md': '---\ntitle: 不安全\ndate: 2022-06-11\nsection: law\n---\n\n<a href="#top" onclick="alert(1)">点我</a>\n',
    });
    const { status, output } = runCheck(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/stories\/sample-story\.md:2 → tittle：未知字段 tittle，是不是想写 title？/);
    expect(output).toMatch(/cases\/sample-case\.md:3 → scamType：诈骗类型“no-such-type”不存在/);
    expect(output).toMatch(/stories\/unsafe\.md:7 → 正文：<a> 上的事件属性 onclick=/);
    // The misspelt key is one problem (with its suggestion), not also a "missing title".
    expect(output).not.toMatch(/title：缺少必填字段/);
    expect(output).toMatch(/内容检查发现 3 个错误/);
  });

  it('lists scheduled stories and cases with the Beijing time they go live', () => {
    const dir = makeContent({
      ...editValid('stories/sample-story.md', 'date: 2022-06-11', 'date: "2999-03-01T08:00"'),
      ...editValid('cases/sample-case.md', 'date: 2022-06-01', 'date: "2999-03-01T00:30:00Z"'),
    });
    const { status, output } = runCheck(dir);
    expect(status).toBe(0);
    const listed = output.split('\n').filter((line) => line.includes('定时发布') || line.includes('2999'));
    expect(listed).toEqual([
      '定时发布（到时间自动上线，无需操作；草稿不在此列）：',
      expect.stringMatching(/^ {2}\S*stories\/sample-story\.md → 北京时间 2999年3月1日 08:00 发布$/),
      expect.stringMatching(/^ {2}\S*cases\/sample-case\.md → 北京时间 2999年3月1日 08:30 发布$/),
      expect.stringMatching(
        /^\[提醒\] \S*cases\/sample-case\.md:5 → date：date 是 2999-03-01 08:30，比现在（北京时间 .*）晚一年多；是不是年份写错了？这条内容要等到那时才会发布$/,
      ),
      expect.stringMatching(/^\[提醒\] \S*stories\/sample-story\.md:4 → date：date 是 2999-03-01 08:00，比现在/),
    ]);
  });

  it('fails clearly when the content folder is missing', () => {
    const { status, output } = runCheck('/nonexistent/folder');
    expect(status).toBe(1);
    expect(output).toMatch(/找不到内容目录/);
    expect(output).not.toMatch(/at .*\.ts:\d+/);
  });
});
