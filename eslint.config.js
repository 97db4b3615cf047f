// Lint rules. Besides the usual TypeScript checks, two environment rules in the spirit of Signal Desktop's
// file-suffix lint: code under electron/core is plain Node (never `electron`), and the renderer is a sandboxed
// web page (no Node built-ins, no Electron, no core code except `import type`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'worker_threads', 'stream', 'url', 'util', 'zlib'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist-*/**', 'release/**', 'test/.tmp/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'electron/core is plain Node: Electron APIs belong in electron/main/ (platform.ts implements the core\'s platform port).' }],
        patterns: [
          { group: ['**/renderer/**'], message: 'Core code must not import the renderer.' },
          { group: ['**/host/**', '**/main/**', '**/harness/**', '**/cli/**'], message: 'Core code is imported by the hosts, never the other way.' },
        ],
      }],
    },
  },
  {
    // shared by Electron and the web harness: Electron's types only (run-time Electron belongs in electron/main/)
    files: ['electron/host/**/*.ts', 'electron/harness/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', allowTypeImports: true, message: 'electron/host runs in plain Node too (the harness, tests): import Electron only as types; run-time Electron goes in electron/main/.' }],
        patterns: [{ group: ['**/main/**'], message: 'electron/main wires the hosts; nothing imports it.' }],
      }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', ...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)],
        patterns: [{ group: ['**/core/**', '**/renderer/**'], message: 'electron/shared is environment-free data.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['electron', ...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)].map((name) => ({
          name, message: 'The renderer is a sandboxed page: talk to the main process through window.api.',
        })),
        patterns: [{ group: ['**/electron/core/**'], allowTypeImports: true, message: 'The renderer may only `import type` from core.' }],
      }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
