import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests start Chromium; data tests copy the mirror once per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
