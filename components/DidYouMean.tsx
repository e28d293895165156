/** "你是不是要找：征信": a query that sounds like a known word, offered as a plain link (search and the helper). */
export function DidYouMean({ label, href }: { label: string; href: string }) {
  return (
    <p className="did-you-mean">
      你是不是要找：<a href={href}>{label}</a>
    </p>
  );
}
