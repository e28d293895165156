import { firstPageRoute } from '@/components/ListingRoute';
import { sectionListing, sectionParams } from '@/lib/site/listings';

const route = firstPageRoute(({ slug }: { slug: string }) => sectionListing(slug));

export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
