// knip (npm run knip): files, exports and dependencies nothing uses. The package's public API
// (src/index.ts, what the notebooks import as migratie-in-cijfers) and the notebooks are entry points.
import type { KnipConfig } from "knip";

interface Notebook {
  cells: { cell_type: string; source: string | string[] }[];
}

const config: KnipConfig = {
  entry: [
    // Compiled to dist/index.js, the package's "main".
    "src/index.ts",
    // Every edition of the notebooks (generated from notebooks/source/*.md; solutions included).
    "notebooks/{nl,en}/*.ipynb",
    "notebooks/solutions/{nl,en}/*.ipynb",
    // Make the synthetic test fixtures (see their READMEs); run by hand.
    "test/fixtures/**/make-*.mjs",
  ],
  project: [
    "src/**/*.ts",
    "test/**/*.{ts,mjs}",
    "bench/**/*.ts",
    "notebooks/{nl,en}/*.ipynb",
    "notebooks/solutions/{nl,en}/*.ipynb",
  ],
  // System tools a test runs (test/cli/leftovers.test.ts), not npm packages.
  ignoreBinaries: ["mount", "umount"],
  compilers: {
    // A notebook's TypeScript: its code cells, one after another.
    ipynb: (text: string) =>
      (JSON.parse(text) as Notebook).cells
        .filter((c) => c.cell_type === "code")
        .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
        .join("\n"),
  },
};

export default config;
