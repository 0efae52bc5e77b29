import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Domain boundaries (ARCHITECTURE.md): checked here, not remembered. */
const otherDomainsPersistence = {
  group: ['../*/*.repository', '../*/*.tables', '../../domains/*/*.repository', '../../domains/*/*.tables'],
  message: 'A domain reaches another only through its service, never its repository or tables.',
};
const httpFramework = {
  group: ['fastify', 'fastify/*', '@fastify/*', 'fastify-*', '**/platform/http/*'],
  message: 'Services and repositories decide; they never import the HTTP framework.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/server/db/migrations/**',
      '.tmp/**',
      'packages/api-client/src/schema.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    files: ['apps/server/src/domains/**/*.ts'],
    ignores: ['**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherDomainsPersistence, httpFramework] }] },
  },
  {
    files: ['apps/server/src/domains/**/*.routes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherDomainsPersistence] }] },
  },
  {
    files: ['apps/server/src/platform/**/*.service.ts', 'apps/server/src/platform/**/*.repository.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [httpFramework] }] },
  },
  {
    // Domain code asks the injected clock for time.
    files: ['apps/server/src/domains/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected Clock.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Use the injected Clock.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'e2e/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
  },
);
