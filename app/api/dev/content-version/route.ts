import { contentVersion, isPreview } from '@/lib/content/store';

// The editors' preview polls this to reload the page when a content file changes.
export const dynamic = 'force-dynamic';

export function GET() {
  if (!isPreview()) return new Response('Not Found', { status: 404 });
  return Response.json({ version: contentVersion() }, { headers: { 'Cache-Control': 'no-store' } });
}
