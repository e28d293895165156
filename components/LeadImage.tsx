import Image from 'next/image';
import type { StoryImage } from '@/lib/content/records';

/** The story's lead image: optimized, sized (no layout shift), loaded first. */
export function LeadImage({ image }: { image: StoryImage }) {
  return (
    <figure className="lead-image">
      <Image src={image.url} alt={image.alt} width={image.width} height={image.height} sizes="(max-width: 44rem) 100vw, 40rem" priority />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="lead-image__credit">（{image.credit}）</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
