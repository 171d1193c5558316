import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const core = ['lib/signals/**', 'lib/topics/**', 'lib/conflicts/**', 'lib/profile/**', 'lib/check.ts', 'lib/report.ts', 'lib/index.ts', 'lib/text/**'];
const browserGlobals = ['browser', 'chrome', 'document', 'window', 'fetch', 'XMLHttpRequest', 'navigator', 'localStorage'].map((name) => ({
  name,
  message: 'The core is pure: pass data in from entrypoints/ or lib/extension/.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, never markup.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup (the build removes this path from React).' },
      ],
    },
  },
  {
    // Ring 1: the pure core runs in Node, the content script and the CLI alike.
    files: core,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extension/**', '**/sites/**', '**/sync/**', 'wxt/*', '#imports', 'webextension-polyfill', 'react', 'react-dom'], message: 'The core may not depend on the browser glue.' },
            { group: ['node:*', 'fs', 'path'], message: 'The core runs in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    // Ring 2: site adapters read the DOM but never call extension APIs.
    files: ['lib/sites/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'Adapters touch the DOM only.' }, { name: 'chrome', message: 'Adapters touch the DOM only.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/extension/**', 'wxt/*', '#imports', 'webextension-polyfill'], message: 'Adapters touch the DOM only.' }] }],
    },
  },
);
