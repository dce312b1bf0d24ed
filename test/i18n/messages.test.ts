// The message tables (src/i18n/): both languages have the same keys (the type Messages says so at
// compile time; this checks it at run time, where a cast could hide a gap), every country of
// figures 6 and 7 has a name in both, and an English build shows no text of the Dutch table: every
// string of every figure's spec (figure 7 on its fixtures, as the snapshots build it), its title
// and notes are searched for the Dutch messages that differ from their English ones.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EFTA_GEOS, EU27_GEOS, EU_AGGREGATE, FIGURE_IDS, figureName } from "../../src/catalog/annex";
import { SOURCES } from "../../src/catalog/sources";
import { buildFigure } from "../../src/figures/build-figure";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE } from "../../src/figures/fig7-eu-positive-decisions";
import { FIGURES } from "../../src/figures/index";
import type { FigureData } from "../../src/figures/types";
import { en } from "../../src/i18n/en";
import { messages } from "../../src/i18n/index";
import { nl } from "../../src/i18n/nl";
import { stageDecisionFile } from "../../src/notebook/decision-fixtures";
import { realRawDir } from "../helpers/raw";

type Tree = { [k: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every leaf of a table by its dotted path. */
function leaves(t: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(t)) {
    const p = prefix ? `${prefix}.${k}` : k;
    if (isTree(v)) for (const [q, w] of leaves(v, p)) out.set(q, w);
    else out.set(p, v);
  }
  return out;
}

// A message function called with this marker in every argument: its fixed text is what lies between.
const MARK = "\u0001";
const fragments = (v: unknown): string[] => {
  if (typeof v === "string") return [v];
  if (typeof v !== "function") return [];
  const text = String((v as (...a: string[]) => string)(...Array(v.length).fill(MARK)));
  return text
    .split(MARK)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4 && /\p{L}{3}/u.test(s));
};

/** The Dutch texts an English output must not show: those of nl that the English table does not share. */
function dutchOnly(): string[] {
  const enLeaves = leaves(en as unknown as Tree);
  const out = new Set<string>();
  for (const [key, v] of leaves(nl as unknown as Tree)) {
    if (key === "lang" || key.startsWith("format.")) continue; // not texts
    const english = fragments(enLeaves.get(key));
    for (const f of fragments(v)) if (!english.some((e) => e.includes(f))) out.add(f);
  }
  // The published titles (the annex registry's, not the table's) are Dutch texts too.
  for (const id of FIGURE_IDS) out.add(figureName(id, "nl"));
  return [...out];
}

/** Every string in a figure spec (names, titles, labels, hover templates, annotations). */
function specStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => specStrings(x, out));
  else if (isTree(v)) Object.values(v).forEach((x) => specStrings(x, out));
  return out;
}

const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function fig7Raw(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-i18n-fig7-"));
  temp.push(dir);
  const fixtures = path.join(__dirname, "../../data/synthetic/eurostat");
  stageDecisionFile(dir, FIG7_SOURCE, path.join(fixtures, "migr_asydcfsta-legacy.json"));
  stageDecisionFile(dir, FIG7_PC_SOURCE, path.join(fixtures, "migr_asydec1pc.json"));
  return dir;
}

async function buildAllIn(lang: "nl" | "en"): Promise<FigureData[]> {
  const raw = await realRawDir();
  const f7 = fig7Raw();
  return FIGURES.map((m) => {
    const s = buildFigure(m, { rawDir: m === fig7 ? f7 : raw, mode: "annex", lang });
    if (s.status !== "built") throw new Error(`${m.id} not built (${s.status}): ${s.message}`);
    return s.data;
  });
}

/**
 * Dutch texts found in a build: [figure, where, Dutch text]. A text counts as a whole word (not
 * inside a CBS identifier such as "EmigratieInclusiefAdministratieveC_5", which notes quote).
 */
function dutchIn(figs: FigureData[], dutch: string[]): string[][] {
  const words = dutch.map(
    (d) => [d, new RegExp(`(?<![\\p{L}_])${d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}_])`, "u")] as const,
  );
  const hits: string[][] = [];
  for (const f of figs) {
    const texts: [string, string][] = [
      ...specStrings(f.figure).map((s): [string, string] => ["spec", s]),
      ["title", f.title],
      ...f.notes.map((n): [string, string] => ["notes", n]),
    ];
    // A source's title is its name (CBS titles are Dutch on every page), not a message.
    const unnamed = (s: string) => SOURCES.reduce((t, x) => t.split(x.title).join(" "), s);
    for (const [where, s] of texts) for (const [d, re] of words) if (re.test(unnamed(s))) hits.push([f.id, where, d]);
  }
  return hits;
}

describe("message tables", () => {
  it("nl and en have the same keys, and no empty text", () => {
    const a = leaves(nl as unknown as Tree);
    const b = leaves(en as unknown as Tree);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, v] of [...a, ...b]) {
      expect(typeof v === "string" || typeof v === "function", k).toBe(true);
      if (typeof v === "string") expect(v.trim(), k).not.toBe("");
    }
    // Functions take the same arguments in both.
    for (const [k, v] of a)
      if (typeof v === "function") expect((b.get(k) as (...x: unknown[]) => string).length, k).toBe(v.length);
  });

  it("every country of figures 6 and 7 and the EU average has a name in both languages", () => {
    for (const lang of ["nl", "en"] as const) {
      for (const geo of [...EU27_GEOS, ...EFTA_GEOS, EU_AGGREGATE])
        expect(messages(lang).countries[geo], `${lang} ${geo}`).toBeTruthy();
    }
    expect(messages("en").countries.NL).toBe("Netherlands");
    expect(messages("en").countries.DE).toBe("Germany");
    expect(messages("en").countries.CH).toBe("Switzerland");
  });

  it("an English build of every figure shows no Dutch message (spec, title, notes); a Dutch build does (the check can fail)", async () => {
    const dutch = dutchOnly();
    expect(dutch.length).toBeGreaterThan(100);
    expect(dutchIn(await buildAllIn("en"), dutch)).toEqual([]);
    const inDutch = dutchIn(await buildAllIn("nl"), dutch);
    expect(new Set(inDutch.map(([id]) => id)).size).toBe(FIGURES.length);
    expect(inDutch.some(([, where, d]) => where === "spec" && d.startsWith("Bron:"))).toBe(true);
  });
});
