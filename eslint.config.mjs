// TypeScript 7 (the project's `typescript`, used by tsc and next build) ships no JS API yet, and typescript-eslint's
// type-aware rules need one (typescript-eslint 8 supports TypeScript < 6.1; typescript-eslint#10940 tracks TS 7). So the
// linter, and only the linter, runs on TypeScript 6.0: this first import makes require('typescript') in this process load
// the copy in scripts/typescript6 (a nested install, so its `tsc` never shadows TS 7's), and the "typescript-eslint"
// override in package.json quiets the peer range. Drop all three once typescript-eslint supports TypeScript 7.
import 'typescript6-for-eslint';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.next-*/**',
    '.e2e-content/**',
    'out/**',
    'next-env.d.ts',
    'bench/.corpus/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    'content/**',
    'tests/fixtures/**',
  ]),
  js.configs.recommended,
  ...nextVitals,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // vitest.config.mts is outside tsconfig.json's **/*.ts and **/*.tsx.
        projectService: { allowDefaultProject: ['vitest.config.mts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // From strictTypeChecked, the one rule that paid here: it caught next/image's `priority` and zod 4's no-op `.finite()`.
      '@typescript-eslint/no-deprecated': 'error',
      // The three regexes with control characters strip them from untrusted input (Markdown, queries, helper text) on purpose.
      'no-control-regex': 'off',
    },
  },
  // JavaScript files (configs, scripts) are outside the TypeScript project: no type-aware rules.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
]);
