import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts', 'tests/worked/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/components/**/*.test.{ts,tsx}', 'tests/hostile/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
