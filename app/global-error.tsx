'use client';

import { ErrorPageActions } from '@/components/ErrorPageActions';

// Replaces the whole document when even the layout fails, so it brings its own <html>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '38em', margin: '2rem auto', padding: '0 1rem', lineHeight: 1.8 }}>
        <h1>网站暂时无法访问</h1>
        <p>服务器出了问题，我们会尽快修复。请稍后再试。</p>
        <ErrorPageActions reset={reset} />
      </body>
    </html>
  );
}
