import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { versionFromSources } from './lib/content/pipeline-version';
import { settings, siteUrlWarning } from './lib/site/config';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, STATIC_POLICY_SOURCE } from './lib/site/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // server.ts compresses (brotli or gzip); Next's own compression is gzip only.
  compress: false,
  // A separate output folder lets tests build throwaway content beside the real build.
  // Reading the settings here also checks all of them before anything is built or served.
  distDir: settings().NEXT_DIST_DIR,
  // The content cache's keys name the code that parsed them; the server has no sources to hash.
  env: { CONTENT_PIPELINE_VERSION: versionFromSources(process.cwd()) },
  // The share cards' font tools load their WebAssembly from their own folders: require them, don't bundle them.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
  headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Search and the helper get a per-request nonce policy from proxy.ts instead.
      { source: STATIC_POLICY_SOURCE, headers: [{ key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }] },
    ];
  },
};

/**
 * With REDIS_URL, the production server's page cache and its revalidations are shared
 * with every other instance through Redis (lib/shared-cache/); without it, and for the
 * build, Next keeps its own file-system cache.
 */
function sharedCache(phase: string): NextConfig {
  if (phase !== PHASE_PRODUCTION_SERVER || !settings().REDIS_URL) return {};
  return { cacheHandler: path.join(process.cwd(), 'lib/shared-cache/next-cache-handler.ts') };
}

export default function config(phase: string): NextConfig {
  const warning = phase === PHASE_PRODUCTION_BUILD ? siteUrlWarning() : undefined;
  // The build's workers load this file again; they inherit the flag and stay quiet.
  if (warning && !process.env.SITE_URL_WARNING_SHOWN) {
    console.warn(warning);
    process.env.SITE_URL_WARNING_SHOWN = '1';
  }
  return { ...nextConfig, ...sharedCache(phase) };
}
