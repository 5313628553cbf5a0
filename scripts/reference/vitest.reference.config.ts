/**
 * Runs tests/worked against the Python reference instead of the engine:
 *   npx vitest run --config scripts/reference/vitest.reference.config.ts
 * A failure here is a transcription error in a test (or a reference bug), not an engine bug.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: '@/lib/analyze', replacement: fileURLToPath(new URL('./vitest-shim.ts', import.meta.url)) },
      { find: /^@\//, replacement: root },
    ],
  },
  test: { include: ['tests/worked/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
});
