import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>页面没有找到</h1>
      <p>您要找的页面不存在，可能已经移动或网址有误。</p>
      <p>
        <Link href="/">返回首页</Link>，查看最新稿件和反诈提示。
      </p>
    </div>
  );
}
