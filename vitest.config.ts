/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so modules that read import.meta.env work as they do in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default, one fewer than the cores, runs one file at a time on a two-core machine, yet
    // its main process mostly waits: two files at once took the suite from 78 s to 54 s with both
    // cores busy elsewhere, and from 42 s to 30 s on an idle machine.
    maxWorkers: Math.max(availableParallelism(), 2),
  },
});
