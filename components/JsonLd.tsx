import { serializeJsonLd, type JsonLdNode } from '@/lib/seo/json-ld';

/**
 * Structured data for search engines, in a plain <script> (not next/script: it is
 * data, not code to run). The JSON is escaped so page text such as a headline with
 * `</script>` can never end the element early.
 */
export function JsonLd({ data }: { data: JsonLdNode | readonly JsonLdNode[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
