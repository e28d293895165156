/**
 * Images an editor keeps beside the content (content/images/…, or a folder per
 * story). A path is relative to the Markdown file that names it, as in any
 * Markdown preview. Each image gets a stable URL under /media/ that includes a
 * hash of its bytes, so it can be cached forever and changes when replaced.
 *
 * No SVG: an SVG is a document that can carry script, /media/ serves files from the
 * site's own origin, and Next's image optimizer refuses SVG unless told otherwise.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';


export interface MediaImage {
  /** Site URL, e.g. /media/3f2a9c1b/images/photo.jpg */
  url: string;
  width: number;
  height: number;
}

export interface MediaFile {
  /** Absolute path on disk */
  file: string;
  contentType: string;
}

/** The image formats content may use, by extension: the one list of them. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** png、jpg、jpeg、gif、webp、avif, for messages. */
export const IMAGE_FORMATS = Object.keys(CONTENT_TYPES)
  .map((extension) => extension.slice(1))
  .join('、');

/** Whether a file name is an image the site can serve. */
export function isImageFile(name: string): boolean {
  return Object.hasOwn(CONTENT_TYPES, path.extname(name).toLowerCase());
}

export type ResolvedImage = { ok: true; image: MediaImage; media: MediaFile } | { ok: false; message: string };

/** An image file's bytes, or undefined when there is none. */
export type ImageReader = (absolute: string) => Buffer | undefined;

export const readImageFile: ImageReader = (absolute) => (fs.existsSync(absolute) && fs.statSync(absolute).isFile() ? fs.readFileSync(absolute) : undefined);

/**
 * Resolve `src` as written in `markdownFile` (absolute path) inside `contentDir`.
 * `read` fetches the bytes (the content cache passes one that notes what was read).
 */
export function resolveImage(src: string, markdownFile: string, contentDir: string, read: ImageReader = readImageFile): ResolvedImage {
  const written = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) {
    return { ok: false, message: `图片“${written}”是外部网址；请把图片文件放进 content 文件夹，再用相对路径引用（如 ../images/photo.jpg）` };
  }
  let decoded: string;
  try {
    decoded = decodeURI(written.split(/[?#]/)[0] ?? '');
  } catch {
    return { ok: false, message: `图片路径“${written}”无法识别` };
  }
  const absolute = path.resolve(path.dirname(markdownFile), decoded);
  const relative = path.relative(contentDir, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, message: `图片“${written}”在 content 文件夹之外；图片必须放在 content 文件夹里` };
  }
  const contentType = CONTENT_TYPES[path.extname(absolute).toLowerCase()];
  if (!contentType) {
    return { ok: false, message: `“${written}”不是支持的图片格式（支持 ${IMAGE_FORMATS}）` };
  }
  const bytes = read(absolute);
  if (!bytes) {
    return { ok: false, message: `找不到图片文件“${written}”（应在 ${path.relative(process.cwd(), absolute)}）` };
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, message: `图片“${written}”已损坏或无法读取尺寸` };
  }
  if (!size.width || !size.height) return { ok: false, message: `图片“${written}”无法读取尺寸` };
  const hash = crypto.createHash('sha1').update(bytes).digest('hex').slice(0, 10);
  const urlPath = relative.split(path.sep).map(encodeURIComponent).join('/');
  return {
    ok: true,
    image: { url: `/media/${hash}/${urlPath}`, width: size.width, height: size.height },
    media: { file: absolute, contentType },
  };
}

/** Widths offered to browsers for body images, from Next's default device sizes. */
export const BODY_IMAGE_WIDTHS = [640, 828, 1200];
/** Body images fill the reading column (about 38em). */
export const BODY_IMAGE_SIZES = '(max-width: 44rem) 100vw, 40rem';

/** srcset through Next's image optimizer, never wider than the original. */
export function optimizedSrcSet(image: MediaImage): string {
  const widths = BODY_IMAGE_WIDTHS.filter((w) => w < image.width);
  return [...widths, Math.min(image.width, 1920)]
    .map((w) => `/_next/image?url=${encodeURIComponent(image.url)}&w=${nearestAllowed(w)}&q=75 ${w}w`)
    .join(', ');
}

/** The optimizer only accepts its configured widths (deviceSizes + imageSizes). */
const ALLOWED_WIDTHS = [16, 32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840];
function nearestAllowed(width: number): number {
  return ALLOWED_WIDTHS.find((allowed) => allowed >= width) ?? 3840;
}
