// Every executed notebook of every edition (Dutch and English, students' and teachers') shows
// exactly the audit's claim results for its figure: the ids and statuses in its claims table equal
// those of the figure in out/claims.json, and it ran without an error (in a solutions notebook a
// worked solution the check does not call right, or a typical mistake it does not call wrong, is one). Run by
// `npm run check:notebooks` after `npm run figures` and `npm run notebooks` on the same data
// (.ci/run); excluded from `npm test`. Fails, never skips, when either output is missing.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimResult } from "../../src/claims/types";
import { notebookDirs } from "../../src/cli/notebook-runner";
import { EDITIONS, editionFolder, editionPath } from "../../src/notebook/edition";
import { claimsFromMarkdown } from "../../src/notebook/present";
import { statusLabel } from "../../src/report/audit";
import { defaultOutDir, projectRoot } from "../../src/paths";

const root = projectRoot();
// Each edition's notebooks (notebooks/<folder>/) and where npm run notebooks writes their executed
// copies, beside their pages (notebookDirs: out/notebooks/, out/en/notebooks/, out/solutions/, ...).
const EDITION_RUNS = EDITIONS.map((e) => ({
  folder: editionFolder(e),
  lang: e.lang,
  executed: notebookDirs(defaultOutDir(), path.join(root, "notebooks", editionPath("any", e)), root).pages,
}));
const claimsFile = path.join(defaultOutDir(), "claims.json");
const RUN = "run `npm run figures` and `npm run notebooks` first, on the same data (.ci/run does)";

interface Output {
  output_type: string;
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Notebook {
  cells: { cell_type: string; outputs?: Output[] }[];
}

const text = (v: string | string[]) => (Array.isArray(v) ? v.join("") : v);
const figureOf = (file: string) => path.basename(file).match(/^(fig\d+)-/)?.[1];

/** What a notebook shows: from each claims table, the machine-readable copy and the visible rows. */
function shownClaims(nb: Notebook) {
  const hidden: { figure: string; id: string; status: string }[] = [];
  const visible: { id: string; status: string }[] = [];
  for (const cell of nb.cells) {
    for (const o of cell.outputs ?? []) {
      const md = o.data?.["text/markdown"];
      const claims = md === undefined ? undefined : claimsFromMarkdown(text(md));
      if (!claims) continue;
      hidden.push(...claims);
      for (const line of text(md!).split("\n")) {
        const row = line.match(/^\| `([^`]+)` \|.*\| \*\*([^*|]+)\*\* \|$/);
        if (row) visible.push({ id: row[1], status: row[2] });
      }
    }
  }
  return { hidden, visible };
}

describe("executed notebooks show the audit's claim results (out/claims.json)", () => {
  it("has out/claims.json", () => {
    if (!fs.existsSync(claimsFile)) throw new Error(`${claimsFile} is missing: ${RUN}`);
  });

  for (const { folder, lang, executed: executedDir } of EDITION_RUNS) {
    it(`notebooks/${folder}: every notebook executed in ${path.relative(root, executedDir)}`, () => {
      if (!fs.existsSync(executedDir)) throw new Error(`${executedDir} is missing: ${RUN}`);
      const sources = fs.readdirSync(path.join(root, "notebooks", folder)).filter((f) => /^fig\d+-.*\.ipynb$/.test(f));
      const executed = fs.readdirSync(executedDir).filter((f) => f.endsWith(".ipynb"));
      expect(sources.length).toBeGreaterThan(0);
      expect(executed.sort()).toEqual(sources.sort());
    });

    const books = fs.existsSync(executedDir)
      ? fs
          .readdirSync(executedDir)
          .filter((f) => f.endsWith(".ipynb"))
          .sort()
      : [];
    for (const file of books) {
      it(`${folder}/${file}: claim ids and statuses equal its figure's in out/claims.json`, () => {
        const figure = figureOf(file);
        if (!figure) throw new Error(`${file}: the name does not start with its figure id (figN-)`);
        const nb = JSON.parse(fs.readFileSync(path.join(executedDir, file), "utf8")) as Notebook;
        const errors = nb.cells.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === "error"));
        expect(
          errors.map((e) => `${e.ename}: ${e.evalue}`),
          `${file} ran without errors`,
        ).toEqual([]);
        const { hidden, visible } = shownClaims(nb);
        if (!hidden.length) throw new Error(`${file} shows no claims table (claimsMarkdown output): ${RUN}`);
        expect(visible, `${file}: the visible table rows carry the same ids and statuses, in its language`).toEqual(
          hidden.map(({ id, status }) => ({ id, status: statusLabel(status as ClaimResult["status"], lang) })),
        );
        expect(new Set(hidden.map((c) => c.figure)), `${file} shows claims of ${figure} only`).toEqual(
          new Set([figure]),
        );
        const audit = (JSON.parse(fs.readFileSync(claimsFile, "utf8")) as ClaimResult[]).filter(
          (c) => c.figure === figure,
        );
        expect(hidden.map(({ id, status }) => ({ id, status }))).toEqual(
          audit.map(({ id, status }) => ({ id, status })),
        );
      });
    }
  }
});
