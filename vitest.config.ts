import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real SQLite files and child processes: keep the 2-core machine from thrashing.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
