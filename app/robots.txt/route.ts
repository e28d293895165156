/** /robots.txt (lib/seo/robots.ts), with an ETag. */
import { ROBOTS_CONTENT_TYPE, robotsTxt } from '@/lib/seo/robots';
import { conditionalResponse, representation } from '@/lib/site/conditional-response';

export function GET(request: Request): Response {
  return conditionalResponse(request, representation(robotsTxt(), ROBOTS_CONTENT_TYPE));
}
