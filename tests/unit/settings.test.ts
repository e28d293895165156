/**
 * Environment settings are read and checked in one place (lib/site/config.ts): a bad
 * value stops with a message naming the variable, instead of silently meaning
 * something else (PRERENDER_STORIES=abc used to prerender nothing).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateStaticParams } from '@/app/news/[slug]/page';
import { listStories } from '@/lib/content/queries';
import { parseSettings, settings, SettingsError } from '@/lib/site/config';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('settings', () => {
  it('has a default for every variable left unset or blank', () => {
    const defaults = {
      SITE_URL: 'http://localhost:3000',
      CONTENT_DIR: 'content',
      CONTENT_CACHE: 'on',
      NEXT_DIST_DIR: '.next',
      PRERENDER_STORIES: 500,
      PORT: 3000,
      ENABLE_TEST_CRASH_ROUTE: false,
    };
    expect(parseSettings({})).toEqual(defaults);
    expect(parseSettings(Object.fromEntries(Object.keys(defaults).map((name) => [name, '  '])))).toEqual(defaults);
  });

  it('reads the values given', () => {
    expect(
      parseSettings({
        SITE_URL: 'https://news.example.gov.cn/',
        CONTENT_DIR: '.e2e-content',
        CONTENT_CACHE: 'off',
        NEXT_DIST_DIR: '.next-e2e',
        PRERENDER_STORIES: ' 0 ',
        PORT: '8080',
        ENABLE_TEST_CRASH_ROUTE: '1',
        REDIS_URL: 'unix:///run/portal/redis.sock',
      }),
    ).toEqual({
      SITE_URL: 'https://news.example.gov.cn',
      CONTENT_DIR: '.e2e-content',
      CONTENT_CACHE: 'off',
      NEXT_DIST_DIR: '.next-e2e',
      PRERENDER_STORIES: 0,
      PORT: 8080,
      ENABLE_TEST_CRASH_ROUTE: true,
      REDIS_URL: 'unix:///run/portal/redis.sock',
    });
    expect(parseSettings({ REDIS_URL: ' redis://cache.internal:6379 ' }).REDIS_URL).toBe('redis://cache.internal:6379');
  });

  it.each([
    ['PRERENDER_STORIES', 'abc', 'must be a whole number'],
    ['PRERENDER_STORIES', '-1', 'must be a whole number'],
    ['PRERENDER_STORIES', '2.5', 'must be a whole number'],
    ['PORT', '70000', 'must be between 1 and 65535'],
    ['SITE_URL', 'news.example.gov.cn', 'must be an absolute http(s) URL'],
    ['SITE_URL', 'ftp://news.example.gov.cn', 'must be an absolute http(s) URL'],
    ['CONTENT_CACHE', 'false', 'must be on or off'],
    ['ENABLE_TEST_CRASH_ROUTE', 'yes', 'must be 1 or 0'],
    ['REDIS_URL', '127.0.0.1:6379', 'must be a redis://, rediss:// or unix:// URL'],
    ['REDIS_URL', 'http://127.0.0.1:6379', 'must be a redis://, rediss:// or unix:// URL'],
  ])('refuses %s=%s, naming the variable', (name, value, reason) => {
    expect(() => parseSettings({ [name]: value })).toThrow(SettingsError);
    expect(() => parseSettings({ [name]: value })).toThrow(`${name}=${JSON.stringify(value)}: ${reason}`);
  });

  it('names every bad variable at once', () => {
    let message = '';
    try {
      parseSettings({ PRERENDER_STORIES: 'many', CONTENT_CACHE: 'no', PORT: '3000' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1)).toEqual(['  CONTENT_CACHE="no": must be on or off', '  PRERENDER_STORIES="many": must be a whole number']);
  });

  it('follows the environment of the process', () => {
    vi.stubEnv('PRERENDER_STORIES', '7');
    expect(settings().PRERENDER_STORIES).toBe(7);
    vi.stubEnv('PRERENDER_STORIES', 'seven');
    expect(() => settings()).toThrow('PRERENDER_STORIES="seven": must be a whole number');
  });
});

describe('PRERENDER_STORIES', () => {
  it('is how many of the newest stories the story route prerenders', () => {
    const newest = listStories().map((story) => ({ slug: story.slug }));
    expect(newest.length).toBeGreaterThan(2);
    vi.stubEnv('PRERENDER_STORIES', '2');
    expect(generateStaticParams()).toEqual(newest.slice(0, 2));
    vi.stubEnv('PRERENDER_STORIES', '0');
    expect(generateStaticParams()).toEqual([]);
  });

  it('stops the build on a value that is not a number, rather than prerendering nothing', () => {
    vi.stubEnv('PRERENDER_STORIES', 'all');
    expect(() => generateStaticParams()).toThrow(/PRERENDER_STORIES="all": must be a whole number/);
  });
});
