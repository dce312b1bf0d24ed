// knip (npm run knip): files, exports and dependencies nothing uses. The notebooks are entry points
// too: their code cells import src/ through the notebooks/src symlink.
import type { KnipConfig } from "knip";

interface Notebook {
  cells: { cell_type: string; source: string | string[] }[];
}

const config: KnipConfig = {
  entry: [
    "notebooks/*.ipynb",
    // Make the synthetic test fixtures (see their READMEs); run by hand.
    "test/fixtures/**/make-*.mjs",
  ],
  project: ["src/**/*.ts", "test/**/*.{ts,mjs}", "bench/**/*.ts", "notebooks/*.ipynb"],
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
