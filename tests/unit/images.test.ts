import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem } from '@/lib/content/problems';
import { editValid, makeContent } from '../helpers/content-fixture';

const PHOTO = path.join(process.cwd(), 'tests/fixtures/images/community-hall.jpg');

function withPhoto(overrides: Record<string, string>): string {
  const dir = makeContent(overrides);
  fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
  fs.copyFileSync(PHOTO, path.join(dir, 'images', 'community-hall.jpg'));
  return dir;
}

const leadImage = (image: string) => editValid('stories/sample-story.md', 'section: law', `section: law\n${image}`);

describe('images beside the content', () => {
  it('serves a story’s lead image under a content-hashed /media URL with its size', () => {
    const dir = withPhoto(leadImage('image:\n  src: ../images/community-hall.jpg\n  alt: 社区服务中心外景\n  caption: 活动现场\n  credit: 本报记者 摄'));
    const { content, problems } = loadContent(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const image = content.stories[0]!.image!;
    expect(image).toMatchObject({ width: 960, height: 540, alt: '社区服务中心外景', caption: '活动现场', credit: '本报记者 摄' });
    expect(image.url).toMatch(/^\/media\/[0-9a-f]{10}\/images\/community-hall\.jpg$/);
    expect(content.media.get(image.url)?.file).toBe(path.join(dir, 'images', 'community-hall.jpg'));
    expect(content.media.get(image.url)?.contentType).toBe('image/jpeg');
  });

  it('sizes body images, loads them lazily and offers optimized widths', () => {
    const dir = withPhoto(editValid('stories/sample-story.md', '结尾一段。', '![活动现场的居民](../images/community-hall.jpg)'));
    const { content, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    const html = content.stories[0]!.body.read()
      .segments.map((s) => (s.kind === 'html' ? s.html : ''))
      .join('');
    expect(html).toMatch(/<img src="\/media\/[0-9a-f]{10}\/images\/community-hall\.jpg" alt="活动现场的居民"/);
    expect(html).toContain('width="960" height="540" loading="lazy" decoding="async"');
    expect(html).toMatch(/srcset="\/_next\/image\?url=%2Fmedia%2F[0-9a-f]{10}%2Fimages%2Fcommunity-hall\.jpg&#x26;w=640&#x26;q=75 640w, .* 960w"/);
  });

  it.each([
    ['a missing lead image file', leadImage('image:\n  src: ../images/missing.jpg\n  alt: 说明'), 'image.src', /找不到图片文件“\.\.\/images\/missing\.jpg”/],
    ['a lead image without alt text', leadImage('image:\n  src: ../images/community-hall.jpg'), 'image.alt', /替代文字 alt/],
    ['an empty alt text', leadImage('image:\n  src: ../images/community-hall.jpg\n  alt: ""'), 'image.alt', /替代文字 alt/],
    ['a remote lead image', leadImage('image:\n  src: https://example.com/a.jpg\n  alt: 说明'), 'image.src', /外部网址/],
    ['an image outside the content folder', leadImage('image:\n  src: ../../../etc/passwd.jpg\n  alt: 说明'), 'image.src', /content 文件夹之外/],
    ['a missing body image', editValid('stories/sample-story.md', '结尾一段。', '![说明](nope.png)'), '正文', /找不到图片文件“nope\.png”/],
    ['a body image without alt text', editValid('stories/sample-story.md', '结尾一段。', '![](../images/community-hall.jpg)'), '正文', /图片缺少替代文字/],
    [
      'an SVG lead image (it can carry script)',
      leadImage('image:\n  src: ../images/chart.svg\n  alt: 说明'),
      'image.src',
      /“\.\.\/images\/chart\.svg”不是支持的图片格式（支持 png、jpg、jpeg、gif、webp、avif）/,
    ],
  ])('reports %s', (_name, overrides, field, message) => {
    const problems = errorsOf(loadContent(withPhoto(overrides)).problems);
    const match = problems.find((p) => p.field === field && message.test(p.message));
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
  });

  it('skips supported images kept beside the Markdown, and refuses any other file there, SVG included', () => {
    const dir = makeContent({ 'stories/photo.webp': 'not read unless a story names it', 'stories/diagram.svg': '<svg onload="alert(1)"/>' });
    const problems = loadContent(dir).problems;
    expect(problems).toEqual([
      {
        severity: 'error',
        file: path.relative(process.cwd(), path.join(dir, 'stories', 'diagram.svg')),
        message: '不是 .md 文件，不会被发布；内容文件的扩展名必须是小写的 .md，放在旁边的图片只能是 png、jpg、jpeg、gif、webp、avif',
      },
    ]);
  });
});
