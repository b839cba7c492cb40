import { defineConfig } from 'vitest/config';

// Test tiers (ARCHITECTURE.md): unit and arch in plain Node, dom in happy-dom,
// storage over fake-indexeddb, e2e in real Chromium and Firefox (one file at a time).
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'arch', include: ['test/arch/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
      { extends: true, test: { name: 'storage', include: ['test/storage/**/*.test.ts'], environment: 'node', setupFiles: ['fake-indexeddb/auto'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          retry: 0,
        },
      },
    ],
  },
});
