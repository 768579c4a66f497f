// Lint: typescript-eslint with type information, so floating promises are errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The shape of the API (ARCHITECTURE.md "Adding a module"), enforced so it holds while modules are added:
// Fastify only in *.routes.ts and http/; no SQL in routes files; another module only through its index.ts;
// use cases take a Ctx from context/, never anything from http/. Tests, examples and fixtures may reach further.
const fastifyOutsideHttp = {
  group: ['fastify', 'fastify/*', '@fastify/*', 'fastify-*'],
  message: 'Fastify belongs in *.routes.ts and http/: a use case takes a Ctx (context/), not a request or reply.',
};
const httpInUseCase = {
  regex: '^(\\.\\./)+http(/|$)',
  message: 'Use cases do not depend on http/: take a Ctx from context/ (routes adapt the request).',
};
const otherModule = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth)}[^./][^/]*/.+`,
  message: "Use another module through its index.ts: import from '../<module>', not from its files.",
});
const moduleFiles = (depth) => `apps/api/src/modules/*/${'*/'.repeat(depth - 1)}*.ts`;
const notShape = ['**/*.test.ts', '**/*.examples.ts', '**/*.fixtures.ts'];
const apiShape = [
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      ...notShape,
      'apps/api/src/http/**',
      'apps/api/src/testing/**',
      'apps/api/src/app.ts',
      '**/*.routes.ts',
      // Process composition (closes the Fastify app on a signal).
      'apps/api/src/shutdown.ts',
      // Read the multipart request and hold upload slots per request; to move to http/ (use cases import
      // their StoredUpload type, so the move touches them too).
      'apps/api/src/storage/upload.ts',
      'apps/api/src/storage/upload-admission.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [fastifyOutsideHttp] }] },
  },
  ...[1, 2, 3].flatMap((depth) => [
    {
      files: [moduleFiles(depth)],
      ignores: [...notShape, '**/*.routes.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: [fastifyOutsideHttp, httpInUseCase, otherModule(depth)] }],
      },
    },
    {
      files: [moduleFiles(depth)].map((g) => g.replace(/\*\.ts$/, '*.routes.ts')),
      rules: { 'no-restricted-imports': ['error', { patterns: [otherModule(depth)] }] },
    },
  ]),
  {
    files: ['apps/api/src/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']",
          message: 'No SQL in routes files: put it in a use case or <module>.queries.ts.',
        },
        {
          selector: "TaggedTemplateExpression[tag.name='sql']",
          message: 'No SQL in routes files: put it in a use case or <module>.queries.ts.',
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'reference/**',
      'data/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'bench/plans/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read untyped JSON responses; the assertions are the type check there.
    files: [
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.examples.ts',
      '**/*.fixtures.ts',
      'e2e/**/*.ts',
      '**/testing/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...apiShape,
);
