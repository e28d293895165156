/**
 * Runs structured-data-testing-tool over a page's HTML, offline: the schema.org types it
 * finds in JSON-LD, Google's requirements for them (NewsArticle and Article need an
 * image and a publisher logo) and the Open Graph and Twitter card tags.
 */
import { structuredDataTest, type TestResult, type TestResults } from 'structured-data-testing-tool';
import { Facebook, Google, Twitter } from 'structured-data-testing-tool/presets';

export interface Validation {
  /** schema.org types found, e.g. ['NewsArticle', 'BreadcrumbList'] */
  schemas: string[];
  passed: number;
  /** "description: message" of every failed test */
  failed: string[];
}

function hasResults(error: unknown): error is { res: TestResults } {
  return typeof error === 'object' && error !== null && 'res' in error && typeof error.res === 'object' && error.res !== null;
}

const describeFailure = (test: TestResult) => `${test.schema ?? test.group ?? ''} ${test.description ?? test.test}: ${test.error?.message ?? 'failed'}`.trim();

/** `social: false` checks the JSON-LD alone (for HTML that has no meta tags, like a unit test's). */
export async function validateStructuredData(html: string, { social = true }: { social?: boolean } = {}): Promise<Validation> {
  let results: TestResults;
  try {
    results = await structuredDataTest(html, { presets: social ? [Google, Twitter, Facebook] : [Google] });
  } catch (error) {
    // The tool rejects when a test fails; its results come with the error.
    if (!hasResults(error)) throw error;
    results = error.res;
  }
  return { schemas: results.schemas, passed: results.passed.length, failed: results.failed.map(describeFailure) };
}
