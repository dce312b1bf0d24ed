// The registry of annex statements is complete and sound: checked against the annex's own text
// (test/fixtures/annex/, the section "Bijlage: Migratie in cijfers" of the publication's text file,
// OCR as delivered). Every bullet is covered sentence by sentence, every number of the annex
// (bullets, titles, footnotes) belongs to a listed statement, and every statement names existing
// claims or says why the data cannot check it.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ANNEX_FIGURES,
  ANNEX_STATEMENTS,
  EFTA_GEOS,
  EU27_GEOS,
  FIGURE_IDS,
  figureTitle,
  shownGeos,
} from "../../src/catalog/annex";
import { dutchGeoLabel } from "../../src/figures/eu-countries";
import { FIGURES } from "../../src/figures/index";
import { CLAIMS } from "../../src/claims/index";
import { wording, type ClaimValue } from "../../src/claims/value";
import { projectRoot } from "../../src/paths";

const FIXTURE = path.join(__dirname, "../fixtures/annex/bijlage-migratie-in-cijfers.txt");
const ANNEX = fs.readFileSync(FIXTURE, "utf8");

/** OCR glitches of the text file that change letters; diacritics and quotes are normalised away anyway. */
const OCR_FIXES: [string, string][] = [
  ["1999-20233", "1999-2023"], // figure 2's title with footnote mark 3 glued to the year
  ["Overde periode", "Over de periode"],
  ["voér", "vóór"],
];

/** The annex text as statements are written: OCR fixed, bullet and footnote marks removed. */
function cleanAnnex(text: string): string {
  let t = text;
  for (const [from, to] of OCR_FIXES) t = t.split(from).join(to);
  return t
    .replace(/\.([!?>®°”"]|\d{1,2})(?=\s|$)/gm, ".") // footnote marks glued to a sentence's full stop: "EU.8 Alleen"
    .replace(/^\s*(\d{1,2}|[!?°])\s+(?=[A-Z])/gm, "") // a footnote's own number at the start of its line
    .replace(/^\s*[e¢]\s+(?=[A-Z])/gm, ""); // bullet marks ("e", "¢" in the OCR)
}

/** Lower case, no diacritics, figure references without their numbers, words separated by one space. */
function normalize(text: string): string {
  return text
    .replace(/\bfigu+r(en)?\s+\d+(\s+en\s+\d+)?/gi, "figuur #")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, " ")
    .trim();
}

const statementTexts = ANNEX_STATEMENTS.map((s) => normalize(s.text)).sort((a, b) => b.length - a.length);

/** What is left of a text once every listed statement is taken out of it. */
function residue(text: string): string {
  let t = ` ${normalize(text)} `;
  for (const s of statementTexts) t = t.split(` ${s} `).join(" | ");
  return t;
}

const NUMBER_WORDS = [
  "twee",
  "drie",
  "vier",
  "vijf",
  "zes",
  "zeven",
  "acht",
  "negen",
  "tien",
  "elf",
  "twaalf",
  "honderd",
  "duizend",
  "miljoen",
  "helft",
  "kwart",
];
const numbersIn = (t: string) => t.split(/\s+/).filter((w) => /^\d+$/.test(w) || NUMBER_WORDS.includes(w));

/** The bullets of the annex: a line starting with a bullet mark, up to the next blank line. */
function bullets(text: string): string[] {
  const out: string[] = [];
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (/^\s*[e¢]\s+[A-Z]/.test(line)) {
      if (current) out.push(current.join(" "));
      current = [line];
    } else if (!line.trim()) {
      if (current) out.push(current.join(" "));
      current = undefined;
    } else current?.push(line);
  }
  if (current) out.push(current.join(" "));
  return out;
}

describe("annex statements against the annex text", () => {
  const annex = cleanAnnex(ANNEX);

  it("the fixture is the annex of the publication, unchanged", () => {
    const publication = path.resolve(
      projectRoot(),
      "../shared/publication/van-crisisaanpak-naar-toekomstgericht-migratiebeleid.txt",
    );
    if (!fs.existsSync(publication)) return; // a clone without the shared reference folder: the fixture stands alone
    const full = fs.readFileSync(publication, "utf8");
    expect(full).toContain(ANNEX.trimEnd());
  });

  it("finds the twelve bullets of figures 1 to 7", () => {
    expect(bullets(ANNEX)).toHaveLength(12);
  });

  it("quotes each statement as the annex prints it", () => {
    const text = ` ${normalize(annex)} `;
    const missing = ANNEX_STATEMENTS.filter((s) => !text.includes(` ${normalize(s.text)} `)).map((s) => s.text);
    expect(missing).toEqual([]);
  });

  it("covers every sentence of every bullet", () => {
    const found = bullets(ANNEX);
    expect(found).toHaveLength(12);
    const left = found
      .map((b) => ({ bullet: b.slice(0, 60), rest: residue(cleanAnnex(b)).replace(/[|\s]/g, "") }))
      .filter((x) => x.rest);
    expect(left).toEqual([]);
  });

  it("covers every number of the annex: bullets, titles and footnotes", () => {
    const rest = residue(annex);
    const uncovered = numbersIn(rest).map((n) => {
      const at = rest.search(new RegExp(`\\b${n}\\b`));
      return `${n} in "…${rest.slice(Math.max(0, at - 50), at + 30)}…"`;
    });
    expect(uncovered).toEqual([]);
  });

  it("lists every numbered footnote (1-10) and every figure title", () => {
    expect(
      [...new Set(ANNEX_STATEMENTS.filter((s) => s.where === "footnote").map((s) => s.footnote))].sort(
        (a, b) => a! - b!,
      ),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(
      ANNEX_STATEMENTS.filter((s) => s.where === "title")
        .map((s) => s.figure)
        .sort(),
    ).toEqual(["fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "fig7"]);
  });
});

describe("annex statements against the claims registry", () => {
  const ids = new Set(CLAIMS.map((c) => c.id));

  it("names only claims that exist, of the statement's figure", () => {
    const wrong = ANNEX_STATEMENTS.flatMap((s) =>
      s.claims
        .filter((id) => !ids.has(id) || CLAIMS.find((c) => c.id === id)!.figure !== s.figure)
        .map((id) => `${s.figure}: ${id}`),
    );
    expect(wrong).toEqual([]);
  });

  it("checks each statement with a claim, or says why the data cannot", () => {
    const neither = ANNEX_STATEMENTS.filter((s) => s.claims.length > 0 === Boolean(s.notComputed)).map((s) =>
      s.text.slice(0, 60),
    );
    expect(neither).toEqual([]);
  });

  it("ties every claim of the registry to an annex statement", () => {
    const tied = new Set(ANNEX_STATEMENTS.flatMap((s) => s.claims));
    expect(CLAIMS.map((c) => c.id).filter((id) => !tied.has(id))).toEqual([]);
  });

  it("has unique claim ids", () => {
    expect(ids.size).toBe(CLAIMS.length);
  });

  it("documents how each claim is checked, with rounding and tolerance for published numbers", () => {
    for (const lang of ["nl", "en"] as const)
      for (const c of CLAIMS) expect(c.rule(wording(lang)).length, c.id).toBeGreaterThan(20);
    // A published number with decimals states its rounding or tolerance.
    const decimals = (v: ClaimValue) => (v.kind === "number" || v.kind === "values") && v.decimals > 0;
    const mine = CLAIMS.filter((c) => decimals(c.published));
    expect(mine.length).toBeGreaterThan(3);
    for (const c of mine) expect(c.rounding ?? c.tolerance, c.id).toBeTruthy();
  });
});

describe("the registry's figure facts against the annex's text", () => {
  const annex = normalize(cleanAnnex(ANNEX));
  const statementsOf = (figure: string, where: string) =>
    ANNEX_STATEMENTS.filter((s) => s.figure === figure && s.where === where);

  it("has one entry per figure, numbered in order, whose title and period are the printed ones", () => {
    expect(Object.keys(ANNEX_FIGURES)).toEqual([...FIGURE_IDS]);
    for (const id of FIGURE_IDS) {
      const f = ANNEX_FIGURES[id];
      expect(f.id).toBe(id);
      expect(f.title.startsWith(`Figuur ${f.number}: `)).toBe(true);
      expect(annex).toContain(normalize(f.title));
      expect(f.title).toBe(`Figuur ${f.number}: ${figureTitle(id, f.period.from, f.period.to)}`);
    }
    expect(FIGURES.map((m) => m.id)).toEqual([...FIGURE_IDS]);
  });

  it("dates each consultation as the footnotes do", () => {
    for (const f of Object.values(ANNEX_FIGURES)) {
      for (const day of f.consulted ?? []) {
        const dutch = `${Number(day.slice(8))} ${day.slice(5, 7) === "06" ? "juni" : "?"} ${day.slice(0, 4)}`;
        expect(statementsOf(f.id, "footnote").some((s) => s.text.includes(`geraadpleegd op ${dutch}`))).toBe(true);
      }
    }
  });

  it("reads 'EU' in figures 6 and 7 as footnote 2 defines it: the member states and the EFTA countries it names", () => {
    const fn2 = ANNEX_STATEMENTS.find((s) => s.footnote === 2)!.text;
    for (const g of EFTA_GEOS) expect(fn2).toContain(dutchGeoLabel(g));
    expect(EU27_GEOS).toHaveLength(27);
    expect(shownGeos("fig6")).toEqual([...EU27_GEOS, ...EFTA_GEOS]);
  });

  it("leaves out of figure 7 exactly the countries its footnote names", () => {
    const c = ANNEX_FIGURES.fig7.countries!;
    const fn = ANNEX_STATEMENTS.find((s) => s.figure === "fig7" && s.claims.includes("fig7-without-hu-li"))!.text;
    expect(fn).toBe(`${c.excluded.map(dutchGeoLabel).join(" en ")} ontbreken ${c.excludedBecause}.`);
    expect(shownGeos("fig7")).toEqual([...EU27_GEOS, ...EFTA_GEOS].filter((g) => g !== "HU" && g !== "LI"));
  });
});
