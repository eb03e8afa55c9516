// The one rule that matters most: the language core stays pure (no VS Code, no LSP, no Node I/O).
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', 'test/e2e/**', 'bench/corpus/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read untyped protocol payloads.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'The core must not depend on VS Code.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'The core must not do I/O: take data through parameters.' })),
        ],
        patterns: [
          { group: ['vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The core must not depend on LSP: convert at the edge (server/src/lsp).' },
          { group: ['**/lsp/**', '**/lsp', '../../main', '../../cli'], message: 'The core must not import the protocol layer.' },
        ],
      }],
    },
  },
);
