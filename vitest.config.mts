import { configDefaults, defineConfig } from "vitest/config";

/** Checks of executed notebooks: run after `npm run notebooks` by `npm run check:notebooks` (vitest.notebooks.config.mts). */
export const NOTEBOOK_CHECKS = ["test/notebook/executed-claims.test.ts"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...NOTEBOOK_CHECKS],
    // Removes each test file's temporary folders (test/helpers/temp.ts) when the file ends.
    setupFiles: ["test/helpers/cleanup.ts"],
    // Browser tests start Chromium; data tests copy the mirror once per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
