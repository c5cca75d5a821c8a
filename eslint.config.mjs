// Lint: ESLint's and typescript-eslint's recommended rules over the TypeScript sources (not type-aware: it must stay fast),
// and the layout by ESLint Stylistic, which `npm run format` (eslint --fix) applies. Not Prettier: it would re-wrap
// a quarter of the code's lines (4,500 of them at width 200) and break the one-line table rows this code reads by.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'test-artifacts/**', '**/*.js', '**/*.cjs', '**/*.mjs', 'apps/web/public/**', 'apps/web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: true, jsx: false, braceStyle: '1tbs', commaDangle: 'always-multiline', arrowParens: true, quoteProps: 'as-needed' }),
  {
    rules: {
      // SQL fragments and CSP values hold single quotes: double quotes around them read better than escapes.
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      // The code keeps short ternaries and one-line handlers (`{ a(); b(); }`) on one line, where they read as one step.
      '@stylistic/multiline-ternary': 'off',
      '@stylistic/max-statements-per-line': 'off',
    },
  },
  {
    rules: {
      // Unused names are mistakes, except a deliberately ignored `_name`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Nest modules are classes with decorators and no body.
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-console': 'off',
      // It cannot see a constant used only as a decorator's argument (a Nest pipe), and reports it as never read.
      'no-useless-assignment': 'off',
    },
  },
);
