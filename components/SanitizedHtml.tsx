/** HTML that lib/content/markdown.ts produced and sanitized at load time. */
export function SanitizedHtml({ html, className = 'prose' }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
