import { notFound } from 'next/navigation';
import { settings } from '@/lib/site/config';

/**
 * A page that fails on purpose, so the browser tests can prove that one page's
 * crash shows the branded error page while the rest of the site keeps serving.
 * It exists only when the server is started with ENABLE_TEST_CRASH_ROUTE=1;
 * otherwise it is an ordinary 404.
 */
export const dynamic = 'force-dynamic';

export default function CrashTestPage() {
  if (!settings().ENABLE_TEST_CRASH_ROUTE) notFound();
  throw new Error('Deliberate rendering failure (crash test route)');
}
