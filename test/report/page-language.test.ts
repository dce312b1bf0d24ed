// Every text on a Dutch page is Dutch and every text on an English page English (issue 20 §2): the
// whole build from the shipped vintage in both languages, then the words a reader sees on index.html
// and audit.md, checked for the other language's words. What is a name, not a text, is left out
// first: source titles (CBS titles are Dutch on every page, Eurostat's English), quoted words of the
// annex, claim ids, code, and the data tables (their column names are the CSV's).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAll } from "../../src/build";
import { SOURCES } from "../../src/catalog/sources";
import { CLAIMS } from "../../src/claims/index";
import { annexData } from "../../src/raw/data-source";

type Node = DefaultTreeAdapterMap["node"];

/** Words only the other language has (no word the two share, such as "is", "in" or "data"). */
const FOREIGN = {
  nl: /\b(the|are|needs?|could|with|from|which|missing|built|not|reading|readings|holds|breaks|million|values?|years?|differs?|reproduced)\b/gi,
  en: /\b(niet|heeft|hebben|wordt|gemaakt|lezingen?|ontbreekt|gepubliceerd|berekend|miljoen|jaren|houdt|breekt|gereproduceerd|wijkt|nodig)\b/gi,
};

function visibleText(node: Node, out: string[]): void {
  if ("tagName" in node) {
    if (["script", "style", "code"].includes(node.tagName)) return;
    if (node.tagName === "details" && node.attrs.some((a) => a.name === "class" && a.value === "data-table")) return;
  }
  if (node.nodeName === "#text" && "value" in node) out.push(node.value);
  if ("childNodes" in node) for (const c of node.childNodes) visibleText(c, out);
}

/** The words a reader sees, without names, quotes and code. */
function prose(text: string): string {
  let t = text;
  for (const s of SOURCES) t = t.split(s.title).join(" ");
  for (const c of CLAIMS) t = t.split(c.id).join(" ");
  return t
    .replace(/`[^`]*`/g, " ") // Markdown code
    .replace(/"[^"\n]*"|“[^”\n]*”|'[^'\n]*'|‘[^’\n]*’/g, " ") // quoted words of the annex or a source
    .replace(/https?:\/\/\S+|[\w./-]+\.(md|json|csv|html)\b/g, " "); // addresses and file names
}

function foreignWords(text: string, lang: "nl" | "en"): string[] {
  const t = prose(text);
  return [...t.matchAll(FOREIGN[lang])].map((m) =>
    t.slice(Math.max(0, m.index! - 50), m.index! + 30).replace(/\s+/g, " "),
  );
}

const pageText = (file: string) => {
  const out: string[] = [];
  visibleText(parse(fs.readFileSync(file, "utf8")) as Node, out);
  return out.join(" ");
};

describe("the pages of a whole build speak one language", () => {
  let out: string;
  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-page-lang-"));
    for (const lang of ["nl", "en"] as const)
      await buildAll({ data: annexData(), outDir: out, mode: "annex", lang, images: false, log: () => {} });
  }, 180_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  for (const [lang, dir] of [
    ["nl", ""],
    ["en", "en"],
  ] as const) {
    it(`${lang}: index.html and audit.md hold no word of the other language, and no internal source id`, () => {
      const html = pageText(path.join(out, dir, "index.html"));
      const md = fs.readFileSync(path.join(out, dir, "audit.md"), "utf8");
      for (const text of [html, md]) {
        expect(foreignWords(text, lang)).toEqual([]);
        // Sources are named by producer, table and title on a page, never by the catalog's id.
        expect(prose(text).match(/\b(cbs|eurostat)-[A-Za-z0-9_]+-[A-Za-z]+/g)).toBeNull();
      }
    });
  }

  it("can fail: an English sentence on the Dutch page is found", () => {
    expect(foreignWords("<p>Figuur 7 needs data: it could not be built.</p>", "nl")).toHaveLength(4);
    expect(foreignWords("fig7 wordt niet gemaakt", "en")).toHaveLength(3);
  });
});
