/**
 * GET /api/publish/revalidate — the publisher's way of telling Next that the content
 * changed (lib/publish/revalidation.ts). Only this process's publisher knows the token;
 * anyone else gets the same 404 as any unknown URL.
 */
import { revalidatePath } from 'next/cache';
import type { NextRequest } from 'next/server';
import { isOwnRequest, TOKEN_HEADER } from '@/lib/publish/revalidation';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest): Response {
  if (!isOwnRequest(request.headers.get(TOKEN_HEADER))) return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  // Every page: a change can show anywhere (lists, related stories, counts, the header's sections).
  revalidatePath('/', 'layout');
  return Response.json({ revalidated: true }, { headers: { 'Cache-Control': 'no-store' } });
}
