/** structured-data-testing-tool ships no types; only what tests/helpers/structured-data.ts uses is declared. */
declare module 'structured-data-testing-tool' {
  export interface TestResult {
    test: string;
    description?: string;
    group?: string;
    schema?: string;
    error?: { type: string; message: string };
  }
  export interface TestResults {
    passed: TestResult[];
    failed: TestResult[];
    warnings: TestResult[];
    schemas: string[];
  }
  export interface Preset {
    name: string;
    description?: string;
  }
  /** Resolves when every test passes; rejects with an error carrying `res` when one fails. */
  export function structuredDataTest(html: string, options: { presets?: Preset[]; schemas?: string[] }): Promise<TestResults>;
}

declare module 'structured-data-testing-tool/presets' {
  import type { Preset } from 'structured-data-testing-tool';
  export const Google: Preset;
  export const Twitter: Preset;
  export const Facebook: Preset;
}
