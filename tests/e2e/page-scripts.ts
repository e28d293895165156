/**
 * What a sealed page must look like (lib/server/seal-scripts.ts), checked from outside:
 * the page's inline scripts as parse5, a spec-compliant HTML parser, reads them, and the
 * browser's CSP complaints.
 */
import crypto from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { parsedScripts } from '../helpers/parsed-scripts';

export const scriptSrc = (policy: string) => /script-src ([^;]+)/.exec(policy)?.[1] ?? '';

const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy is `script-src 'self' <hash of each inline script of the page>`: nothing else inline, no nonce to share. */
export function expectSealed(url: string, policy: string | undefined, html: string): void {
  const scripts = scriptSrc(policy ?? '').split(' ');
  expect(scripts[0], url).toBe("'self'");
  expect(scripts.join(' '), url).not.toMatch(/unsafe-inline|nonce-|strict-dynamic/);
  expect(html, url).not.toContain(' nonce=');
  const inline = parsedScripts(html);
  expect(inline.length, url).toBeGreaterThan(2);
  expect(new Set(scripts.slice(1)), url).toEqual(new Set(inline.map(sha256)));
}

/** The browser's CSP complaints on the console, as Chromium words them. */
export function cspConsole(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text().slice(0, 200));
  });
  return violations;
}

/**
 * The page's own scripts run: React hydrated the font-size control, which then changes the
 * size in place. Without them the control is a plain form, and the page would reload
 * through /prefs (the mark set in the window would be gone) before showing the size.
 */
export async function expectOwnScriptsRun(page: Page, url: string): Promise<void> {
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  const large = page.getByRole('button', { name: '大', exact: true });
  await large.click();
  await expect(page.locator('html'), url).toHaveAttribute('data-font-size', 'large');
  await expect(large, url).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => 'samePage' in window), url).toBe(true);
}
