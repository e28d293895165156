import { laterPagesRoute } from '@/components/ListingRoute';
import { archiveListing } from '@/lib/site/listings';
import { prerenderNone } from '@/lib/site/prerender';

const route = laterPagesRoute(({ year, month }: { year: string; month: string }) => archiveListing(year, month));

// Only first pages are prerendered (at the list's own address); /page/N renders on
// first request and is cached. A page past the end, /page/1 or a malformed number
// answers 404 (ListingRoute).
export const dynamicParams = true;
export const generateStaticParams = prerenderNone;
export const generateMetadata = route.generateMetadata;
export default route.Page;
