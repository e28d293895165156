import type { CardImage } from '@/lib/share/images';
import styles from './FamilyCardLink.module.css';

/**
 * The case's large-print card for family ("转给家人看"): a preview whose alt text says
 * everything the card says, and a link that saves it as a file to forward in a chat.
 */
export function FamilyCardLink({ image, slug }: { image: CardImage; slug: string }) {
  return (
    <section className={styles.card} aria-labelledby="family-card-heading">
      <h2 id="family-card-heading">转给家人看</h2>
      <p>把这张大字卡片存到手机，转给爸妈和长辈：骗局怎么开头、最该警惕的信号和反诈专线，一张图说清。</p>
      {/* A plain img: the PNG is already sized and compressed, the image optimizer would only add work. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img className={styles.preview} src={image.url} alt={image.alt} width={image.width} height={image.height} loading="lazy" decoding="async" />
      <p>
        <a className={styles.download} href={image.url} download={`${slug}-转给家人看.png`}>
          下载大字卡片（PNG 图片）
        </a>
      </p>
    </section>
  );
}
