import { getImageProps } from 'next/image';
import type { StoryImage } from '@/lib/content/records';

/**
 * The story's lead image: optimized through Next's image optimizer, sized (no
 * layout shift), fetched first. getImageProps gives the <img> attributes on the
 * server, so no image component code is shipped to the browser.
 */
export function LeadImage({ image }: { image: StoryImage }) {
  const { props } = getImageProps({
    src: image.url,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes: '(max-width: 44rem) 100vw, 40rem',
    preload: true,
  });
  return (
    <figure className="lead-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- props come from next/image */}
      <img {...props} alt={image.alt} />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="lead-image__credit">（{image.credit}）</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
