import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const core = [
  'lib/signals/**',
  'lib/topics/**',
  'lib/conflicts/**',
  'lib/profile/**',
  'lib/check.ts',
  'lib/report.ts',
  'lib/index.ts',
  'lib/text/**',
  'lib/thread/**',
];
const pageAndNetwork = [
  'browser',
  'chrome',
  'document',
  'window',
  'self',
  'globalThis',
  'location',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'requestAnimationFrame',
];
const browserGlobals = pageAndNetwork.map((name) => ({
  name,
  message: 'The core is pure: pass data in from entrypoints/ or lib/extension/.',
}));
const extensionApis = (why) => ['browser', 'chrome'].map((name) => ({ name, message: why }));
const network = (why) => ['fetch', 'XMLHttpRequest', 'WebSocket'].map((name) => ({ name, message: why }));
const dom = (why) =>
  [
    'document',
    'window',
    'self',
    'location',
    'MutationObserver',
    'ResizeObserver',
    'requestAnimationFrame',
    'localStorage',
  ].map((name) => ({ name, message: why }));

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
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Render text, never markup.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never markup (the build removes this path from React).',
        },
      ],
    },
  },
  {
    // A function a reader can hold in their head: past about 80 lines, split it where its parts are.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
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
            {
              group: [
                '**/extension/**',
                '**/sites/**',
                '**/sync/**',
                '**/guard/**',
                '**/settings/**',
                '**/cli/**',
                '**/components/**',
                '**/entrypoints/**',
                'wxt',
                'wxt/*',
                '\\#imports',
                'webextension-polyfill',
                'react',
                'react-dom',
                'react-dom/*',
              ],
              message: 'The core may not depend on the browser glue.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'The core runs in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    // Ring 2: site adapters read the DOM of their site; they never call extension APIs or the network,
    // and know nothing of the guard that uses them.
    files: ['lib/sites/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...extensionApis('Adapters touch the DOM only.'),
        ...network('Adapters touch the DOM only; the extension fetches.'),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/extension/**',
                '**/guard/**',
                '**/sync/**',
                '**/components/**',
                '**/entrypoints/**',
                'wxt',
                'wxt/*',
                '\\#imports',
                'webextension-polyfill',
                'react',
                'react-dom',
              ],
              message: 'Adapters touch the DOM only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Ring 2: the send guard works on the page's DOM with what it is handed (state, checker, UI);
    // storage, messaging and the network belong to lib/extension and the entrypoints.
    files: ['lib/guard/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...extensionApis('The guard is handed its state and UI; extension APIs live in lib/extension.'),
        ...network('The guard never talks to the network.'),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extension/**', '**/sync/**'],
              allowTypeImports: true,
              message: 'The guard is handed its state; only types may come from lib/extension and lib/sync.',
            },
            {
              group: [
                '**/components/**',
                '**/entrypoints/**',
                'wxt',
                'wxt/*',
                '\\#imports',
                'webextension-polyfill',
                'react',
                'react-dom',
              ],
              message: 'The guard is handed its UI; it renders nothing itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Ring 2: profile sync is data in, data out (fetch is injected or global); it never touches a page.
    files: ['lib/sync/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...extensionApis('Sync logic is plain TypeScript; lib/extension wires it to the browser.'),
        ...dom('Sync never touches a page.'),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/extension/**',
                '**/guard/**',
                '**/sites/**',
                '**/components/**',
                '**/entrypoints/**',
                'wxt',
                'wxt/*',
                '\\#imports',
                'webextension-polyfill',
                'react',
                'react-dom',
              ],
              message: 'Sync logic is plain TypeScript; lib/extension wires it to the browser.',
            },
          ],
        },
      ],
    },
  },
);
