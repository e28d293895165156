import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { listSections } from '@/lib/content/queries';
import { isPreview, previewProblems } from '@/lib/content/store';
import { DevContentProblems } from '@/components/DevContentProblems';
import { DevContentWatcher } from '@/components/DevContentWatcher';
import { MANIFEST_PATH } from '@/lib/seo/manifest';
import { site } from '@/lib/site/config';
import { shareImageMetadata } from '@/lib/seo/metadata';
import { shareImages } from '@/lib/share/images';
import { NOSCRIPT_STYLESHEET_PATH } from '@/lib/site/noscript-stylesheet';
import { READER_PREFS_BOOT_SCRIPT } from '@/lib/site/reader-prefs';
import './globals.css';
import './reader-modes.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s - ${site.name}` },
  description: site.description,
  applicationName: site.name,
  formatDetection: { telephone: false },
  // Pages without metadata of their own (search, errors) still show a picture when shared.
  openGraph: { siteName: site.name, locale: site.locale.replace('-', '_'), type: 'website', images: shareImageMetadata(shareImages.site()) },
  twitter: { card: 'summary_large_image', images: shareImageMetadata(shareImages.site()) },
  manifest: MANIFEST_PATH,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f4f1ea' },
    { media: '(prefers-color-scheme: dark)', color: '#1f1d1a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script may set the reader's settings (data-font-size, data-mode) before React hydrates.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: READER_PREFS_BOOT_SCRIPT }} />
        {/* Without JavaScript the settings come from this per-reader stylesheet; the page itself stays static. */}
        <noscript dangerouslySetInnerHTML={{ __html: `<link rel="stylesheet" href="${NOSCRIPT_STYLESHEET_PATH}">` }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <SiteHeader sections={listSections()} />
        <main id="main" className="site-main" tabIndex={-1}>
          {isPreview() ? (
            <>
              <DevContentWatcher />
              <DevContentProblems problems={previewProblems()} />
            </>
          ) : null}
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
