import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (from, forbidden, why) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((f) => ({ group: [`**/${f}/**`, `../${f}/*`, `../../${f}/*`], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test/e2e/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // The layer boundaries of design.md §1: contract and core stay pure; web never reaches the server.
  layer('contract', ['core', 'server', 'web', 'cli'], 'contract imports only zod'),
  layer('core', ['server', 'web', 'cli'], 'core is pure domain logic: no server, web or CLI'),
  layer('web', ['server', 'cli'], 'the web app talks to the server over HTTP only'),
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/core/**', '**/server/**', '**/web/**', '**/cli/**'], message: 'contract imports only zod' },
            { regex: '^(?!zod$|\\.{1,2}/)', message: 'contract imports only zod' },
          ],
        },
      ],
    },
  },
);
