// @ts-check
/**
 * ESLint flat config: JavaScript and TypeScript recommended rules, plus the Astro plugin for
 * .astro files. Formatting is Prettier's job (`npm run lint` runs both).
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench-output/', 'tmp/', 'public/pagefind/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // Allow `_name` for deliberately unused parameters and destructured leftovers.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Browser-side code: components' scripts and client helpers.
    files: ['src/**/*.{astro,tsx,jsx}', 'src/scripts/**/*.ts', 'src/client/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },
);
