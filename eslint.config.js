// Lint: typescript-eslint's recommended rules plus the import boundaries of
// ARCHITECTURE.md (test/arch checks the same boundaries from the other side).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const banned = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render user and page text as text, never as HTML.' }],
    },
  },
  {
    files: ['src/core/**'],
    rules: banned(['**/platform/**', '**/messaging/**', '**/background/**', '**/content/**', '**/popup/**', '**/ui/**', 'webextension-polyfill', 'idb', 'preact', 'preact/*'], 'core is pure: no browser, DOM or UI imports.'),
  },
  {
    files: ['src/messaging/**'],
    rules: banned(['**/background/**', '**/content/**', '**/popup/**', '**/ui/**', 'idb', 'preact', 'webextension-polyfill'], 'messaging depends on core/model and platform only.'),
  },
  {
    files: ['src/ui/**'],
    rules: banned(['**/platform/**', '**/messaging/**', '**/background/**', '**/content/**', '**/popup/**', 'idb', 'webextension-polyfill'], 'ui is presentational.'),
  },
  {
    files: ['src/background/**'],
    ignores: ['src/background/db/**'],
    rules: banned(['**/content/**', '**/popup/**', '**/ui/**', 'preact', 'idb', 'webextension-polyfill'], 'background: idb only in background/db, the polyfill only in platform.'),
  },
  {
    files: ['src/content/**'],
    rules: banned(['**/background/**', '**/popup/**', 'idb', 'webextension-polyfill', '**/platform/browser'], 'content scripts never open IndexedDB and use the native runtime facade.'),
  },
  {
    files: ['src/popup/**'],
    rules: banned(['**/background/**', '**/content/**', 'idb', 'webextension-polyfill'], 'the popup talks to the background through messages.'),
  },
  {
    files: ['src/platform/**'],
    rules: banned(['**/core/**', '**/messaging/**', '**/background/**', '**/content/**', '**/popup/**', '**/ui/**'], 'platform is a leaf facade.'),
  },
);
