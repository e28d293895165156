import { contentDir, isPreview } from '@/lib/content/folder';
import { folderStamp } from '@/lib/content/preview-version';

// The editors' preview polls this to reload the page when a content file changes.
export const dynamic = 'force-dynamic';

export function GET() {
  if (!isPreview()) return new Response('Not Found', { status: 404 });
  return Response.json({ version: folderStamp(contentDir()) }, { headers: { 'Cache-Control': 'no-store' } });
}
