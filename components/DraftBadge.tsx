export function DraftBadge({ draft }: { draft: boolean }) {
  return draft ? <span className="draft-badge">草稿</span> : null;
}
