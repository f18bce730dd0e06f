// One lint setup for the whole monorepo: typescript-eslint's strictest
// type-checked presets over every package, example, benchmark and config
// file; the repository's own .mjs/.js scripts get the untyped recommended
// rules. `npm run lint` and the gate pass --cache, so an unchanged file is
// not linted twice.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node's globals for the plain-JS scripts (the `globals` package is not a
// direct dependency, and these few are all the scripts use).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'structuredClone', 'fetch'].map((name) => [
    name,
    'readonly',
  ]),
);

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/site/**',
      '**/schemas/**',
      '**/out/**',
      '**/test-results/**',
      '**/coverage/**',
      'docs/test/.blocks-*/**',
      'benchmarks/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // Host-time-zone getters make results depend on TZ; use Temporal.
          selector:
            "CallExpression[callee.property.name=/^(getHours|getDate|getDay|getMonth|getFullYear|getMinutes|getSeconds|setHours|setDate|setMonth|setFullYear|setMinutes|getTimezoneOffset|toLocaleDateString|toLocaleTimeString)$/]",
          message: 'Date local getters depend on the host time zone; use Temporal.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'benchmarks/**/*.ts'],
    rules: {
      // Tests index fixtures they built themselves and mutate JSON copies to
      // build broken inputs; library code keeps every one of these rules.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Build and CI scripts in plain JavaScript: no type information (they sit
    // in no tsconfig), so the recommended untyped rules only.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
);
