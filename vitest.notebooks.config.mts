// npm run check:notebooks: the executed notebooks of every edition (out/notebooks/, out/en/notebooks/, out/solutions/, out/en/solutions/) against out/claims.json,
// after `npm run figures` and `npm run notebooks` on the same data (.ci/run does both).
import { defineConfig } from "vitest/config";
import { NOTEBOOK_CHECKS } from "./vitest.config.mts";

export default defineConfig({
  test: {
    include: NOTEBOOK_CHECKS,
    testTimeout: 60_000,
  },
});
