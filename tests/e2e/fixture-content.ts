/**
 * The content the browser tests build: a copy of the frozen seed content
 * (tests/fixtures/seed-content, never content/, which editors change daily) plus
 * what the seed lacks — enough stories to page through (more than 20 in a section,
 * a tag and a month), and drafts that must appear nowhere in production.
 * Written by tests/e2e/make-fixture-content.ts before the e2e build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

/** Where the e2e build reads its content and writes its output (both inside the project). */
export const E2E_CONTENT_DIR = '.e2e-content';
export const E2E_DIST_DIR = '.next-e2e';

export const FIXTURE = {
  pagedSection: 'livelihood',
  pagedTag: '社区服务',
  pagedMonth: { year: 2021, month: 3 },
  pagedCount: 45,
  draftStory: 'draft-story-not-public',
  draftCase: 'draft-case-not-public',
  draftTitle: '草稿稿件不应公开',
  correctedStory: 'community-service-1',
  /** A story with a lead image and an image in its body */
  illustratedStory: 'community-service-2',
} as const;

/** The first fixture story was corrected after publication. */
const CORRECTION = `updated: 2021-03-20T10:30
corrections:
  - date: 2021-03-20
    note: 更正活动时间：由半天改为一天。
`;

const LEAD_IMAGE = `image:
  src: ../images/community-hall.jpg
  alt: 社区服务中心外景
  caption: 社区服务中心
  credit: 本报记者 摄
`;

const BODY_IMAGE = '\n![居民在社区服务中心排队咨询](../images/community-hall.jpg)\n';

function story(index: number): string {
  const day = String((index % 28) + 1).padStart(2, '0');
  return `---
title: 社区服务第${index}期
kicker: 便民服务
date: 2021-03-${day}
${index === 1 ? CORRECTION : ''}${index === 2 ? LEAD_IMAGE : ''}section: ${FIXTURE.pagedSection}
tags: [${FIXTURE.pagedTag}]
authors:
  - name: 测试记者
    role: 记者
---

第${index}期社区服务活动在各街道举行，居民可就近参加。

## 活动安排

活动持续一天。
${index === 2 ? BODY_IMAGE : ''}`;
}

export function writeFixtureContent(target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(SEED_CONTENT_DIR, target, { recursive: true });
  fs.mkdirSync(path.join(target, 'images'), { recursive: true });
  fs.copyFileSync(path.join(process.cwd(), 'tests/fixtures/images/community-hall.jpg'), path.join(target, 'images', 'community-hall.jpg'));
  for (let i = 1; i <= FIXTURE.pagedCount; i++) {
    fs.writeFileSync(path.join(target, 'stories', `community-service-${i}.md`), story(i));
  }
  fs.writeFileSync(
    path.join(target, 'stories', `${FIXTURE.draftStory}.md`),
    `---\ntitle: ${FIXTURE.draftTitle}\ndate: 2022-06-12\nsection: law\ntags: [反诈, 草稿专用标签]\ndraft: true\ncases: [${FIXTURE.draftCase}]\n---\n\n这是一篇草稿。\n`,
  );
  fs.writeFileSync(
    path.join(target, 'cases', `${FIXTURE.draftCase}.md`),
    `---\ntitle: 草稿案例不应公开\nscamType: sextortion\nstory: ${FIXTURE.draftStory}\nwhatHappened: 草稿案例的经过。\ndate: 2022-06-12\ndateIs: occurred\nchannels: [qq]\noutcome: prevented\nredFlags: [草稿]\ndraft: true\n---\n\n草稿案例。\n`,
  );
}
