/**
 * One site configuration: everything that names or locates the site, and the
 * settings read from the environment. Every setting is read and checked here, by
 * one schema: a bad value stops the build (next.config.ts reads the settings first)
 * or the command with a message naming the variable, instead of silently meaning
 * something else.
 */
import * as z from 'zod';

const DEFAULT_SITE_URL = 'http://localhost:3000';

/** An unset or blank variable means its default, as `VAR= npm run build` intends. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);

const REDIS_PROTOCOLS = ['redis:', 'rediss:', 'unix:'];

const wholeNumber = (minimum: number, maximum: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .refine((value) => value >= minimum && value <= maximum, { error: `must be between ${minimum} and ${maximum}` });

const settingsSchema = z.object({
  /** Public base URL, for canonical links, the feed and structured data */
  SITE_URL: optional(
    z
      .string()
      .trim()
      .default(DEFAULT_SITE_URL)
      .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
        error: 'must be an absolute http(s) URL, e.g. https://news.example.gov.cn',
      })
      .transform((value) => new URL(value).toString().replace(/\/$/, '')),
  ),
  /** The content folder, relative to the project */
  CONTENT_DIR: optional(z.string().default('content')),
  /** `off` turns off the parsed-content cache (lib/content/file-cache.ts) */
  CONTENT_CACHE: optional(z.enum(['on', 'off'], { error: 'must be on or off' }).default('on')),
  /** Where the parsed-content cache lives; unset: the user's cache folder (lib/content/folder.ts) */
  CONTENT_CACHE_DIR: optional(z.string().optional()),
  /** The build output folder */
  NEXT_DIST_DIR: optional(z.string().default('.next')),
  /** How many of the newest stories `next build` prerenders (with their tag and month pages) */
  PRERENDER_STORIES: optional(wholeNumber(0, Number.MAX_SAFE_INTEGER).default(500)),
  /** The port `npm start` and `npm run dev` listen on (Next reads it; the scaffolder names it) */
  PORT: optional(wholeNumber(1, 65535).default(3000)),
  /** How readers reach the paper about the website itself, shown on /accessibility */
  SITE_CONTACT_PHONE: optional(z.string().trim().optional()),
  SITE_CONTACT_EMAIL: optional(z.email({ error: 'must be an e-mail address' }).optional()),
  /**
   * Redis shared by every server instance for Next's page cache and its revalidations
   * (lib/shared-cache/): redis://, rediss:// or unix:///path/to/redis.sock. Unset: each
   * server keeps Next's own file-system cache (right for one instance).
   */
  REDIS_URL: optional(
    z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && REDIS_PROTOCOLS.includes(new URL(value).protocol), {
        error: 'must be a redis://, rediss:// or unix:// URL, e.g. redis://127.0.0.1:6379',
      })
      .optional(),
  ),
  /** `1` turns on /crash-test, the page the browser tests crash on purpose */
  ENABLE_TEST_CRASH_ROUTE: optional(
    z
      .enum(['0', '1'], { error: 'must be 1 or 0' })
      .default('0')
      .transform((value) => value === '1'),
  ),
});

export type Settings = z.output<typeof settingsSchema>;
const SETTING_NAMES = settingsSchema.keyof().options;

export class SettingsError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid environment settings (see README.md, "Settings"):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** Check the given variables; throws a SettingsError naming every bad one. */
export function parseSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  const raw = Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]]));
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new SettingsError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name])}: ${issue.message}`;
    }),
  );
}

let parsed: { key: string; settings: Settings } | undefined;

/** The settings of this process. Checked once, and again only if a variable changed (tests point CONTENT_DIR at fixtures). */
export function settings(): Settings {
  const key = JSON.stringify(SETTING_NAMES.map((name) => process.env[name]));
  if (parsed?.key !== key) parsed = { key, settings: parseSettings(process.env) };
  return parsed.settings;
}

export const site = {
  name: '市报新闻网',
  description: '本市新闻与反诈骗案例解读：看懂骗局，守好钱袋子。',
  locale: 'zh-CN',
  /** The logo is public/logo.png (made by scripts/make-logo.tsx), at this size */
  publisher: { name: '市报社', url: '/', logo: { width: 600, height: 160 } },
  hotline: { number: '96110', label: '反诈专线' },
  emergency: '110',
  get url(): string {
    return settings().SITE_URL;
  },
  /** How readers reach the paper about the website itself (shown on /accessibility); unset until the paper sets them. */
  get contact(): { phone?: string; email?: string } {
    const { SITE_CONTACT_PHONE: phone, SITE_CONTACT_EMAIL: email } = settings();
    return { phone, email };
  },
} as const;

/**
 * What to tell whoever builds for production without SITE_URL: every absolute URL the
 * build writes (canonical links, sitemap, feed, robots.txt, structured data) would
 * point at localhost. Undefined when SITE_URL is set.
 */
export function siteUrlWarning(): string | undefined {
  if (process.env.SITE_URL?.trim()) return undefined;
  return [
    '',
    `⚠ SITE_URL is not set: canonical links, the sitemap, the feed, robots.txt and structured data will all point at ${DEFAULT_SITE_URL}.`,
    '  Set the public address for the build and the server, e.g.:  export SITE_URL=https://news.example.gov.cn',
    '',
  ].join('\n');
}

/** Absolute URL for a site path, for canonical links, feeds and structured data. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
