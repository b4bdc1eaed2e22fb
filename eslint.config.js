// Zero-warning lint. Beyond the recommended rules it enforces the architecture:
// renderer/src/core/ is framework-free (no React, Dexie, DOM, Electron, Node), only
// renderer/src/db/ may import Dexie, and no feature folder imports another (scripts/eslint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import featureBoundaries from './scripts/eslint/feature-boundaries.js';

const coreForbiddenImports = {
  paths: [
    { name: 'react', message: 'core/ is framework-free: no React.' },
    { name: 'react-dom', message: 'core/ is framework-free: no React.' },
    { name: 'dexie', message: 'core/ is framework-free: Dexie lives in renderer/src/db/.' },
    { name: 'electron', message: 'core/ is framework-free: no Electron.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', 'dexie/*', 'electron/*', 'node:*'], message: 'core/ is framework-free.' },
    { group: ['**/db/**', '**/features/**', '**/ui/**', '**/host/**', '**/app/**', '**/analysis/**'], message: 'core/ depends on nothing outside core/.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, barometer: featureBoundaries },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'barometer/no-cross-feature-import': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only renderer/src/db/ imports Dexie.' }],
          patterns: [{ group: ['node:*', 'electron'], message: 'No Node or Electron in the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', importNames: ['liveQuery'], message: 'The database opens without Dexie\'s live-query middlewares (database.ts): a liveQuery would never update.' }],
          patterns: [{ group: ['node:*', 'electron'], message: 'No Node or Electron in the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', coreForbiddenImports],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'HTMLElement', 'fetch'].map((name) => ({
          name,
          message: 'core/ is framework-free: no DOM.',
        })),
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
