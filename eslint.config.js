// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const namedExportsOnly = [
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
  { selector: 'ExportAllDeclaration', message: 'List exported names explicitly.' },
]

const appImports = {
  group: ['@wenming/api', '@wenming/api/*', '@wenming/cli', '@wenming/cli/*'],
  message: 'Packages never import an app: dependencies point from apps/* to packages/*.',
}

// The store adapters: only apps/* and tools/* choose a store; packages depend on the kernel's ports.
const adapterImports = {
  group: [
    '@wenming/event-store-sqlite',
    '@wenming/event-store-sqlite/*',
    '@wenming/event-store-esdb',
    '@wenming/event-store-esdb/*',
    '@wenming/event-store-postgres',
    '@wenming/event-store-postgres/*',
  ],
  message:
    'Only apps/* and tools/* import a store adapter: packages use the kernel ports (EventStore, ReadSide).',
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.nx/**',
      '**/data/**',
      // Config files tsup and vite bundle to a temporary file while a build or test in parallel
      // loads them: linted, they vanish under ESLint (ENOENT) and fail the run at random.
      '**/*.bundled_*.mjs',
      '**/*.timestamp-*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...namedExportsOnly],
    },
  },
  {
    files: ['**/*.config.ts', '**/*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test-d.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports, adapterImports] }] },
  },
  {
    // An adapter's own code and tests; adapters still never import an app.
    files: ['packages/event-store-*/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [appImports] }] },
  },
  {
    // The domain is pure: it may import only the kernel, zod, ts-pattern and fastest-levenshtein
    // (the catalogue's closest entries) and its own files.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/testing/**', '**/*.test.ts', '**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            appImports,
            {
              regex:
                '^(?!(?:@wenming/event-store|zod|zod/.*|ts-pattern|fastest-levenshtein|\\.{1,2}/.*)$)',
              message:
                'The domain imports only @wenming/event-store, zod, ts-pattern and fastest-levenshtein: no I/O, no clock, no drivers.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...namedExportsOnly,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain has no clock: time arrives in command metadata.',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The domain does no I/O.' },
        { name: 'setTimeout', message: 'The domain has no clock: time arrives in commands.' },
        { name: 'setInterval', message: 'The domain has no clock: time arrives in commands.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time arrives in command metadata.' },
        { object: 'Math', property: 'random', message: 'Ids and choices arrive in commands.' },
        { object: 'crypto', property: 'randomUUID', message: 'Ids arrive in commands.' },
      ],
    },
  },
  {
    files: ['packages/domain/src/testing/**/*.ts', 'packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            appImports,
            {
              regex:
                '^(?!(?:@wenming/event-store|@wenming/event-store/testing|zod|zod/.*|ts-pattern|fastest-levenshtein|fast-check|vitest|\\.{1,2}/.*)$)',
              message:
                'Domain tests and arbitraries import only the kernel, zod, ts-pattern, fast-check and vitest.',
            },
          ],
        },
      ],
    },
  },
)
