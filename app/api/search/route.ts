/**
 * GET /api/search — the /search results as JSON, for progressive enhancement (the
 * page itself works without it). Same parameters, same results: both call lib/search.
 */
import type { NextRequest } from 'next/server';
import { safeJson, toApiResponse } from '@/lib/search/json';
import { searchSite } from '@/lib/search/store';

export async function GET(request: NextRequest): Promise<Response> {
  const { response, ignored } = await searchSite(request.nextUrl.searchParams);
  return new Response(safeJson(toApiResponse(response, ignored)), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
