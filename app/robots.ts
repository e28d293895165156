import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/config';

export const dynamic = 'force-static';

/** app/sitemap.ts is served here by Next's file convention. */
const SITEMAP_PATH = '/sitemap.xml';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(SITEMAP_PATH),
  };
}
