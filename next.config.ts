import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate output folder lets tests build throwaway content beside the real build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
