import fs from 'node:fs';
import { getContent } from '@/lib/content/store';

// Only images the content refers to are served: the URL is looked up, never joined onto a path.
// Images of content published after the build (live publishing) are looked up on first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return [...getContent().media.keys()].map((url) => ({ path: url.split('/').slice(2).map(decodeURIComponent) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path;
  const url = `/media/${segments.map((segment) => encodeURIComponent(decodeURIComponentSafe(segment))).join('/')}`;
  const media = getContent().media.get(url);
  if (!media) return new Response('Not Found', { status: 404 });
  return new Response(new Uint8Array(fs.readFileSync(media.file)), {
    headers: {
      'Content-Type': media.contentType,
      // The URL carries a hash of the bytes, so it never changes meaning.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
