import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Removes each test file's temporary folders (test/helpers/temp.ts) when the file ends.
    setupFiles: ["test/helpers/cleanup.ts"],
    // Browser tests start Chromium; data tests copy the mirror once per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
