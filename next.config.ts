import type { NextConfig } from 'next';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, STATIC_POLICY_SOURCE } from './lib/site/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate output folder lets tests build throwaway content beside the real build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The share cards' font tools load their WebAssembly from their own folders: require them, don't bundle them.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Search and the helper get a per-request nonce policy from proxy.ts instead.
      { source: STATIC_POLICY_SOURCE, headers: [{ key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
