// ESLint (flat config): Lit's template rules (eslint-plugin-lit), accessibility in templates
// (eslint-plugin-lit-a11y), and the layers of ../shared/docs/DESIGN.md as import rules: `src/` is
// pure (never imports `components/`, Lit or the DOM's helpers); stories use the package as its users
// do, through its public entries. Without type information: typescript-eslint's typed rules need a
// TypeScript the project does not compile with (see eslint/ts-parser/). `npm run lint`.
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import tsParser from 'cityweave-lint-ts-parser';

/** What a story may import from this repository: the files behind the package's public entries (package.json "exports"). */
const PUBLIC_ENTRIES = /^(\.\.\/)+(src\/(?!index\.js$)|components\/(?!index\.js$|(?!base\/)[a-z-]+\/define\.js$|(?!base\/)([a-z-]+)\/\3\.js$))/.source;

export default [
  {
    ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', '**/node_modules/**', 'integrations/wordpress/build/**', 'coverage/**', '.cache/**', 'custom-elements.json'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', experimentalDecorators: true },
    },
    plugins: { '@typescript-eslint': tsParser.plugin },
    rules: {
      // `any` only where a test reaches into an element on purpose, and said so with a directive.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  // Templates: every file that may hold `html` templates.
  { files: ['components/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'embed/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['components/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'embed/**/*.ts'], ...litA11y.configs.recommended },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)components(/|$)', message: 'src/ never imports components/: a data rule lives in src/ and the elements call it (DESIGN.md, "one direction of dependency").' },
            { regex: '^lit($|/)|^@lit', message: 'src/ is pure TypeScript with no DOM: Lit belongs to components/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: PUBLIC_ENTRIES,
              message:
                'stories use the package as its users do: import src/index.js, components/index.js, components/<tag>/define.js or components/<tag>/<tag>.js (the files behind package.json "exports"), and export what a story needs from there.',
            },
          ],
        },
      ],
    },
  },
];
