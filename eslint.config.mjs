import { builtinModules } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * lib/ is the pure engine (DESIGN.md, STYLE.md practice 12): no React, no Next,
 * no PDF renderer, no Node or browser APIs, no clock. The UI, the CLI and the
 * tests all call it, so it must run anywhere and give the same answer.
 */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const libPurity = {
  name: 'project/lib-purity',
  files: ['lib/**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          ...['react', 'react-dom', 'next'].map((name) => ({
            name,
            message: 'lib/ is a pure library: UI code belongs in components/ or app/.',
          })),
          ...nodeBuiltins.map((name) => ({
            name,
            message: 'lib/ must not use Node built-ins: take the data as an argument instead.',
          })),
        ],
        patterns: [
          {
            group: ['react/*', 'react-dom/*', 'next/*', '@react-pdf/*', '@next/*'],
            message: 'lib/ is a pure library: rendering belongs in components/ or app/.',
          },
          {
            group: ['node:*'],
            message: 'lib/ must not use Node built-ins: take the data as an argument instead.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'fetch',
        'XMLHttpRequest',
        'WebSocket',
        'EventSource',
        'navigator',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'window',
        'document',
        'location',
        'self',
        'process',
        'require',
        'module',
        '__dirname',
        '__filename',
        'Buffer',
      ].map((name) => ({
        name,
        message: `lib/ is pure: no "${name}". Pass what the function needs as an argument.`,
      })),
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'lib/ has no clock: take the "as of" date as an argument.',
      },
      {
        selector: "CallExpression[callee.name='Date']",
        message: 'lib/ has no clock: Date() returns the current time; take the date as an argument.',
      },
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'lib/ has no clock: take the "as of" date as an argument.',
      },
      {
        selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
        message: 'lib/ has no clock: measure time in scripts/bench.ts, not in the engine.',
      },
      {
        selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
        message: 'lib/ is deterministic: no Math.random().',
      },
      {
        selector: "MemberExpression[object.name='globalThis']",
        message: 'lib/ is pure: no globalThis. Pass what the function needs as an argument.',
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  libPurity,
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.ci-results/**']),
]);
