// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** What sits above every layer below the page parts. */
const UPPER = ['pages', 'layouts', 'components', 'mdx', 'integrations'];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-zim/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.author-test/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    // __ZIM_EDITION__: the build flavour, replaced by Vite's define (astro.config.mjs).
    languageOptions: { globals: { ...globals.node, __ZIM_EDITION__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Pure logic must not reach for the browser or storage: keep it testable anywhere.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
      ],
    },
  },
  // Imports run downward only (ARCHITECTURE.md): pages → layouts → components/mdx → practice/islands
  // → client → lib; schemas and lib import nothing above them. tests/architecture finds cycles.
  ...layers({
    'src/lib/**': [
      'astro',
      'astro/*',
      'astro:*',
      ...forbid(UPPER, 'schemas', 'data', 'client', 'practice', 'islands', 'sw'),
    ],
    'src/schemas/**': forbid(UPPER, 'data', 'client', 'practice', 'islands'),
    'src/data/**': forbid(UPPER, 'client', 'practice', 'islands'),
    'src/client/**': forbid(UPPER, 'data', 'schemas', 'practice', 'islands'),
    'src/practice/**': forbid(UPPER, 'data', 'islands'),
    'src/islands/**': forbid(UPPER, 'data', 'practice'),
    'src/mdx/**': forbid(['pages', 'layouts', 'integrations']),
    'src/components/**': forbid(['pages', 'layouts', 'integrations']),
    'src/layouts/**': forbid(['pages', 'integrations']),
  }),
);

/** @param {string[]} layers @param {string[]} more */
function forbid(layers, ...more) {
  return [...layers, ...more].map((layer) => `**/${layer}/**`);
}

/**
 * One ESLint block per folder, forbidding imports from the given patterns.
 * @param {Record<string, string[]>} rules
 * @returns {import('eslint').Linter.Config[]}
 */
function layers(rules) {
  return Object.entries(rules).map(([folder, patterns]) => ({
    files: [`${folder}/*.{ts,tsx,astro}`],
    // Tests may use any layer's real data.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: patterns, message: 'Imports run downward only: see the layers in eslint.config.js.' }] },
      ],
    },
  }));
}
