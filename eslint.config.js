// Lint, with DESIGN.md's layer rule as import restrictions:
//   shared imports nothing of ours; renderer imports shared only; electron/core imports shared
//   only and never 'electron'; electron/seats imports core + shared; electron/main imports all
//   but renderer. The renderer may hold no UI string outside the locale files.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const ours = (...dirs) => dirs.flatMap((d) => [`**/${d}/**`, `../${d}/**`, `../../${d}/**`, `../../../${d}/**`]);
const restrict = (patterns, message, extraPaths = []) => ({
  'no-restricted-imports': ['error', { paths: extraPaths, patterns: [{ group: patterns, message }] }],
});
const noElectron = [{ name: 'electron', message: 'core, seats, shared and the CLI never import electron' }];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.cache/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The npm bin shim is CommonJS by necessity (package "type" is module).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: restrict(ours('electron', 'renderer', 'tests'), 'shared/ imports nothing of ours', noElectron),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(ours('electron', 'tests'), 'the renderer imports shared/ only', noElectron),
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    files: ['electron/core/**'],
    rules: restrict(['**/electron/seats/**', '**/electron/main/**', '**/electron/preload/**', '../seats/**', '../main/**', '../preload/**', ...ours('renderer', 'tests')], 'electron/core imports shared/ only', noElectron),
  },
  {
    files: ['electron/seats/**', 'electron/cli.ts', 'electron/cli/**'],
    rules: restrict(['**/electron/main/**', '**/electron/preload/**', '../main/**', '../preload/**', ...ours('renderer', 'tests')], 'seats and the CLI import core + shared only', noElectron),
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(ours('renderer', 'tests'), 'electron/main never imports the renderer'),
  },
);
