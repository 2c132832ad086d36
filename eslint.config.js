// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', '.scratch/**', 'tests/e2e/screenshots/**', 'bench/results/**', '.scaffold-tmp-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // plugins' ui/ folders are admin-ui code (browser, React), typechecked with admin-ui
    files: ['admin-ui/src/**/*.{ts,tsx}', 'plugins/*/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // command-line programs talk to their user on the console
    files: ['bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // the form validator runs on the server and in the browser alike: nothing Node-only or server-only
    files: ['schemas/form-validation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fastify', '@mikro-orm/*', 'pg', '**/core/**'], message: 'schemas/form-validation/ is environment-neutral' }] },
      ],
    },
  },
  {
    // domain/ holds pure rules: no I/O, no ORM, no HTTP, no clock or randomness of its own
    files: ['**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fastify', '@mikro-orm/*', 'pg', 'node:*'], message: 'domain/ is pure: no I/O, ORM or HTTP' },
            { group: ['../entities/*', '../routes/*', '../services/*'], message: 'domain/ imports only domain/' },
          ],
        },
      ],
    },
  },
);
