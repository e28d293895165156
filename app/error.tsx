'use client';

import { ErrorPageActions } from '@/components/ErrorPageActions';

// A failure while rendering one page: the site's own frame stays, with a way on.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-page">
      <h1>页面暂时无法显示</h1>
      <p>服务器处理这个页面时出了问题，我们会尽快修复。请稍后再试，或先看看其他内容。</p>
      <ErrorPageActions reset={reset} />
    </div>
  );
}
