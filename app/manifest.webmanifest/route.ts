/** /manifest.webmanifest (lib/seo/manifest.ts), with an ETag. */
import { MANIFEST_CONTENT_TYPE, webManifest } from '@/lib/seo/manifest';
import { conditionalResponse, representation } from '@/lib/site/conditional-response';

export function GET(request: Request): Response {
  return conditionalResponse(request, representation(JSON.stringify(webManifest()), MANIFEST_CONTENT_TYPE));
}
