import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { caseArticleJsonLd, newsArticleJsonLd, publisherJsonLd, scamTypeJsonLd, serializeJsonLd, type JsonLdNode } from '@/lib/seo/json-ld';
import { familyImage, shareImages } from '@/lib/share/images';
import { absoluteUrl, site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';
import { validateStructuredData } from '../helpers/structured-data';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const { content } = loadContent(SEED_CONTENT_DIR);
const sectionName = (slug: string) => content.sections.find((section) => section.slug === slug)?.name ?? slug;
const scamTypeOf = (slug: string) => content.scamTypes.find((scamType) => scamType.slug === slug);
const storyOf = (slug: string | undefined) => content.stories.find((story) => story.slug === slug);

/** The node as a page carries it, for the validator. */
const page = (node: JsonLdNode) => `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(node)}</script></head><body></body></html>`;

describe('structured data passes structured-data-testing-tool (schema.org types, Google’s requirements)', () => {
  it('catches what Google’s check found on the old NewsArticle: no image, no publisher logo', async () => {
    const story = content.stories[0]!;
    const { image, ...withoutImage } = newsArticleJsonLd(story, { sectionName: sectionName(story.section), image: shareImages.story(story) });
    const { logo, ...publisherWithoutLogo } = publisherJsonLd();
    // What the builders give today; the validator must notice each one missing.
    expect([image, logo].every(Boolean)).toBe(true);
    const result = await validateStructuredData(page({ ...withoutImage, publisher: publisherWithoutLogo }), { social: false });
    expect(result.failed).toEqual(expect.arrayContaining([expect.stringContaining('image'), expect.stringContaining('publisher.logo')]));
  });

  for (const story of content.stories) {
    it(`NewsArticle of story ${story.slug}`, async () => {
      const result = await validateStructuredData(
        page(newsArticleJsonLd(story, { sectionName: sectionName(story.section), image: shareImages.story(story) })),
        { social: false },
      );
      expect(result.schemas).toContain('NewsArticle');
      expect(result.failed).toEqual([]);
      expect(result.passed).toBeGreaterThan(0);
    });
  }

  for (const fraudCase of content.cases) {
    it(`Article of case ${fraudCase.slug}`, async () => {
      const node = caseArticleJsonLd(fraudCase, {
        scamType: scamTypeOf(fraudCase.scamType),
        story: storyOf(fraudCase.story),
        images: [shareImages.fraudCase(fraudCase), familyImage(fraudCase)],
      });
      const result = await validateStructuredData(page(node), { social: false });
      expect(result.schemas).toContain('Article');
      expect(result.failed).toEqual([]);
    });
  }

  for (const scamType of content.scamTypes) {
    it(`WebPage of scam type ${scamType.slug}`, async () => {
      const result = await validateStructuredData(page(scamTypeJsonLd(scamType, { image: shareImages.scamType(scamType) })), { social: false });
      expect(result.schemas).toContain('WebPage');
      expect(result.failed).toEqual([]);
    });
  }
});

describe('what the structured data says', () => {
  it('names the paper as publisher, with its logo: public/logo.png at the size the config declares', () => {
    const publisher = publisherJsonLd();
    expect(publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: site.publisher.name,
      url: absoluteUrl('/'),
      '@id': `${absoluteUrl('/')}#publisher`,
    });
    expect(publisher.logo.url).toBe(absoluteUrl(paths.logo()));
    expect(publisher.logo.width).toEqual({ '@type': 'QuantitativeValue', value: site.publisher.logo.width, unitCode: 'E37' });
    const logo = fs.readFileSync(path.join(process.cwd(), 'public', paths.logo()));
    expect(imageSize(logo)).toMatchObject({ type: 'png', width: site.publisher.logo.width, height: site.publisher.logo.height });
  });

  it('gives a story its share card first and its lead photo after it', () => {
    const story = content.stories.find((record) => record.image) ?? content.stories[0]!;
    const ld = newsArticleJsonLd(story, { sectionName: '政法', image: shareImages.story(story) });
    expect(ld.image).toEqual([absoluteUrl(shareImages.story(story).url), ...(story.image ? [absoluteUrl(story.image.url)] : [])]);
  });

  it('credits the paper when a story names no author', () => {
    const story = { ...content.stories[0]!, authors: [] };
    expect(newsArticleJsonLd(story, { sectionName: '政法', image: shareImages.story(story) }).author).toEqual([publisherJsonLd()]);
  });

  it('describes a case as an article about its kind of scam, based on its story, with both of its cards', () => {
    const fraudCase = content.cases.find((record) => record.story) ?? content.cases[0]!;
    const scamType = scamTypeOf(fraudCase.scamType);
    const story = storyOf(fraudCase.story);
    const ld = caseArticleJsonLd(fraudCase, { scamType, story, images: [shareImages.fraudCase(fraudCase), familyImage(fraudCase)] });
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: fraudCase.title,
      description: fraudCase.summary,
      datePublished: fraudCase.date.iso,
      articleSection: '反诈案例',
      about: { '@type': 'Thing', name: `${scamType?.name}诈骗` },
      url: absoluteUrl(paths.fraudCase(fraudCase.slug)),
      inLanguage: 'zh-CN',
    });
    expect(ld.isBasedOn).toBe(story ? absoluteUrl(paths.story(story.slug)) : undefined);
    expect(ld.image).toEqual([absoluteUrl(shareImages.fraudCase(fraudCase).url), absoluteUrl(familyImage(fraudCase).url)]);
  });

  it('describes a scam type’s page as a page about that scam, with its aliases and the newest case date', () => {
    const scamType = content.scamTypes.find((record) => record.aliases.length) ?? content.scamTypes[0]!;
    const ld = scamTypeJsonLd(scamType, { image: shareImages.scamType(scamType), lastCase: '2022-06-01T00:00:00+08:00' });
    expect(ld.about).toEqual({
      '@type': 'Thing',
      name: `${scamType.name}诈骗`,
      description: scamType.summary,
      ...(scamType.aliases.length ? { alternateName: scamType.aliases } : {}),
    });
    expect(ld.primaryImageOfPage.url).toBe(absoluteUrl(shareImages.scamType(scamType).url));
    expect(ld.dateModified).toBe('2022-06-01T00:00:00+08:00');
  });
});
