/** Build a throwaway content folder: a small valid set, with files overridden per test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const VALID_FILES: Record<string, string> = {
  'sections.yml': `- slug: law
  name: 政法
  description: 公安、检察、法院新闻
- slug: livelihood
  name: 民生
`,
  'surest-signs.yml': `- slug: safe-account
  sign: 让您把钱转到“安全账户”
  why: 公安机关没有“安全账户”。
  triggers:
    - 安全账户
`,
  'stories/sample-story.md': `---
title: 示例稿件
kicker: 引题
date: 2022-06-11
section: law
tags: [反诈]
authors:
  - name: 张三
    role: 记者
source: 本报讯
cases: [sample-case]
---

第一段正文。

::cases

结尾一段。
`,
  'cases/sample-case.md': `---
title: 示例案例
scamType: sample-type
story: sample-story
date: 2022-06-01
channels: [phone]
outcome: prevented
redFlags: [对方要求转账]
whatHappened: 有人冒充客服打电话，要求转账。
dateIs: occurred
---

案例经过。
`,
  'scam-types/sample-type.md': `---
name: 示例类型
summary: 一句话说明。
signs: [可疑信号]
actions: [拨打96110]
sources: [本报示例报道]
---
`,
};

export function makeContent(overrides: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  const files = { ...VALID_FILES, ...overrides };
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

/** Replace one front-matter line of a valid file (e.g. swap `date: …`). */
export function editValid(name: string, from: string | RegExp, to: string): Record<string, string> {
  const text = VALID_FILES[name];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`fixture ${name} does not contain ${String(from)}`);
  return { [name]: edited };
}

/** The fixture with what the content warnings ask for (a real first paragraph, a case with steps): no problems at all. */
export const CLEAN_FILES: Record<string, string> = {
  ...editValid('stories/sample-story.md', '第一段正文。', '6月10日，市政府新闻办举行新闻发布会，通报近期反诈中心民警成功劝阻的典型案例。'),
  ...editValid('cases/sample-case.md', 'redFlags: [对方要求转账]', 'redFlags: [对方要求转账]\nsteps: [对方来电要求转账。]'),
};

/** One file of the clean fixture with `from` replaced by `to`. */
export function editClean(name: string, from: string, to: string): Record<string, string> {
  const text = CLEAN_FILES[name] ?? VALID_FILES[name];
  if (text === undefined || !text.includes(from)) throw new Error(`fixture ${name} does not contain ${from}`);
  return { [name]: text.replace(from, to) };
}
