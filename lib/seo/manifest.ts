/** /manifest.webmanifest (app/manifest.webmanifest/route.ts, linked from every page by app/layout.tsx): name, colours and icons for "add to home screen". */
import type { MetadataRoute } from 'next';
import { site } from '@/lib/site/config';

export const MANIFEST_PATH = '/manifest.webmanifest';
export const MANIFEST_CONTENT_TYPE = 'application/manifest+json; charset=utf-8';

export function webManifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: '市报',
    description: site.description,
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#a3161a',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
