// The notebooks' one source per figure and its four editions (src/notebook/edition.ts): the source
// format refuses what it cannot place, and every committed notebook is exactly what its source
// makes, so the Dutch and English code cells cannot drift apart and no edition is edited by hand.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedNotebooks, strayNotebooks } from "../../src/cli/notebooks-generate";
import { localCode, parseSource } from "../../src/notebook/edition";

const root = path.join(__dirname, "..", "..");
const made = await generatedNotebooks(root);

interface Nb {
  cells: { cell_type: string; source: string[] }[];
}
const codeCells = (text: string) =>
  (JSON.parse(text) as Nb).cells.filter((c) => c.cell_type === "code").map((c) => c.source.join(""));
// A code cell without its comments: what runs, the same in both languages.
const withoutComments = (code: string) =>
  code
    .split("\n")
    .map((l) => l.replace(/\s*\/\/ .*$/, ""))
    .filter((l) => l.trim())
    .join("\n");

describe("notebook sources", () => {
  it("reads Markdown cells in both languages and code cells once", () => {
    const src = parseSource(
      "fig9-test",
      "<!-- figure: fig6 -->\n<!-- markdown -->\n<!-- nl -->\n# Titel\n<!-- en -->\n# Title\n<!-- code -->\nconst a = 1;\n<!-- exercises -->\n",
    );
    expect(src.figure).toBe("fig6");
    expect(src.cells).toEqual([
      { kind: "markdown", text: { nl: "# Titel", en: "# Title" } },
      { kind: "code", code: "const a = 1;" },
      { kind: "exercises" },
    ]);
  });

  it("refuses a Markdown cell without one of its languages, naming the file and line", () => {
    expect(() => parseSource("x", "<!-- figure: fig1 -->\n<!-- markdown -->\n<!-- en -->\nOnly English\n")).toThrow(
      "notebooks/source/x.md:2: a Markdown cell without its <!-- nl --> text",
    );
    expect(() => parseSource("x", "<!-- markdown -->\n")).toThrow("notebooks/source/x.md:1: the first line must be");
    expect(() => parseSource("x", "<!-- figure: fig1 -->\nloose text\n")).toThrow(
      "notebooks/source/x.md:2: text outside a cell",
    );
  });

  it("keeps a //nl: or //en: comment in its own edition only", () => {
    const code = "//en: Totals\n//nl: Totalen\nconst t = 1; // same";
    expect(localCode(code, "nl")).toBe("// Totalen\nconst t = 1; // same");
    expect(localCode(code, "en")).toBe("// Totals\nconst t = 1; // same");
  });
});

describe("the committed notebooks", () => {
  it("are four editions of every source", () => {
    const sources = fs.readdirSync(path.join(root, "notebooks", "source")).filter((f) => f.endsWith(".md"));
    expect(sources.length).toBe(7);
    expect(made.size).toBe(4 * sources.length);
  });

  for (const [rel, text] of made) {
    it(`notebooks/${rel} is what its source makes (npm run notebooks:generate)`, () => {
      const file = path.join(root, "notebooks", rel);
      expect(fs.existsSync(file), `notebooks/${rel} is missing`).toBe(true);
      expect(fs.readFileSync(file, "utf8") === text, `notebooks/${rel} differs from its source`).toBe(true);
    });
  }

  it("has no notebook that no source makes", () => {
    expect(strayNotebooks(root, made)).toEqual([]);
  });

  it("runs the same code in Dutch and English, students' and teachers' editions alike", () => {
    for (const [rel, text] of made) {
      if (!rel.startsWith("nl/") && !rel.startsWith("solutions/nl/")) continue;
      const en = made.get(rel.replace(/(^|\/)nl\//, "$1en/"))!;
      expect(codeCells(en).map(withoutComments), rel).toEqual(codeCells(text).map(withoutComments));
    }
  });

  it("gives students answer cells and teachers solutions that must pass and mistakes that must fail", () => {
    for (const [rel, text] of made) {
      const code = codeCells(text).join("\n");
      if (rel.startsWith("solutions/")) {
        expect(code, rel).not.toMatch(/= undefined; \/\//);
        expect((code.match(/exercises\.expect\("pass"/g) ?? []).length, rel).toBeGreaterThan(0);
        expect((code.match(/exercises\.expect\("pass"/g) ?? []).length).toBe(
          (code.match(/exercises\.expect\("fail"/g) ?? []).length,
        );
      } else {
        expect(code, rel).not.toMatch(/exercises\.expect/);
        expect(code, rel).toMatch(/exercises\.check\(/);
      }
    }
  });

  it("has no English placeholder in a Dutch text", () => {
    for (const [rel, text] of made)
      expect(text.includes("TODO-NL"), `${rel} still has a TODO-NL placeholder`).toBe(false);
  });
});
