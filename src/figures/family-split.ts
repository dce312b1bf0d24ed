// Figure 4's categories: family members attributed to the motive of the person they came with or
// followed (the publication's "inclusief gezinsleden"), or main motives only when a table cannot be
// split. Family and nareis sub-categories are recognised by the Title in the code list (see
// classifySubTitle); a sub-category of family or asylum that no rule recognises, or parts that do
// not add up to their main motive, is an error, never a guess.
import { MAIN_MOTIVES, OTHER_KEYS, type CodeEntry, type MainMotive, type MotiveData } from "../parse/cbs-motives";
import { messages } from "../i18n/index";
import { seriesFromStart } from "./motive-years";
import type { Note } from "./types";

/** The categories of figure 4: main motives, or with family members attributed (split). */
export type CompositionMotive =
  | "work"
  | "family_of_work"
  | "study"
  | "family_of_study"
  | "asylum"
  | "family_of_asylum_nareis"
  | "family_of_asylum"
  | "temporary_protection"
  | "family"
  | "family_other"
  | "other";

/** The main motives in the order of the catalogued keys (parse/cbs-motives.ts). */
export const MAIN_ORDER: CompositionMotive[] = MAIN_MOTIVES.map((m) => m.motive);
export const SPLIT_ORDER: CompositionMotive[] = [
  "work",
  "family_of_work",
  "study",
  "family_of_study",
  "asylum",
  "family_of_asylum_nareis",
  "family_of_asylum",
  "temporary_protection",
  "family_other",
  "other",
];

/** The Dutch labels of the categories (the message table's motives; English: messages("en").motives). */
export const COMPOSITION_LABELS: Record<CompositionMotive, string> = messages("nl").motives;

/** Which motive a family member or asylum part is attributed to, and under which main motive CBS counts it. */
export type SubPart =
  "family_of_work" | "family_of_study" | "family_of_asylum" | "family_other" | "family_of_asylum_nareis" | "asylum";
interface SubCategory extends CodeEntry {
  part: SubPart;
  parent: "family" | "asylum";
}

const FAMILY_RULES: { part: SubPart; title: RegExp }[] = [
  { part: "family_of_work", title: /arbeid|werk/ },
  { part: "family_of_study", title: /studie|student/ },
  { part: "family_of_asylum", title: /asiel/ },
  { part: "family_other", title: /overig|ander|onbekend|nederland/ },
];

/**
 * The title rules (case-insensitive):
 * - "nareis" (and not "exclusief/excl./zonder nareis"): family under the nareis rule, counted by CBS in asylum;
 * - "asiel" with "exclusief/excl./zonder nareis": the asylum migrants themselves;
 * - "gezin" with exactly one of arbeid|werk, studie, asiel, overig|ander|onbekend|nederland:
 *   family members of a labour, study or asylum migrant, or other family migration;
 * - any other title with "gezin" or "asiel" is unrecognised (an error);
 * - anything else is a sub-category of another motive (e.g. kennismigranten under work): ignored.
 */
export function classifySubTitle(
  title: string,
): { part: SubPart; parent: "family" | "asylum" } | "ignored" | "unrecognised" {
  const t = title.toLowerCase();
  const excludesNareis = /(exclusief|excl\.?|zonder)\s+nareis/.test(t);
  if (/nareis/.test(t) && !excludesNareis) return { part: "family_of_asylum_nareis", parent: "asylum" };
  if (/asiel/.test(t) && excludesNareis) return { part: "asylum", parent: "asylum" };
  if (/gezin/.test(t)) {
    const hits = FAMILY_RULES.filter((r) => r.title.test(t));
    return hits.length === 1 ? { part: hits[0].part, parent: "family" } : "unrecognised";
  }
  if (/asiel/.test(t)) return "unrecognised";
  return "ignored";
}

/** The family and asylum sub-categories of a code list that occur in the data. */
function subCategories(
  entries: CodeEntry[],
  dataKeys: Set<string>,
  where: string,
): { subs: SubCategory[]; ignored: CodeEntry[] } {
  const main = new Set([...MAIN_MOTIVES, ...OTHER_KEYS].map((m) => m.key));
  const subs: SubCategory[] = [];
  const ignored: CodeEntry[] = [];
  for (const e of entries) {
    if (main.has(e.key) || !dataKeys.has(e.key)) continue;
    const c = classifySubTitle(e.title);
    if (c === "unrecognised") {
      throw new Error(
        `${where}: sub-category ${e.key} "${e.title}" is not recognised (rules: see classifySubTitle in src/figures/family-split.ts)`,
      );
    }
    if (c === "ignored") ignored.push(e);
    else subs.push({ ...e, ...c });
  }
  return { subs, ignored };
}

/** CBS rounds every cell to a multiple of 5: parts may differ from their total by that much each. */
const tolerance = (parts: number) => 5 * Math.max(1, parts);

type CategoryValues = Map<CompositionMotive, number>;

interface SplitResult {
  /** Per year, persons by split category. */
  byYear: Map<number, CategoryValues>;
  notes: Note[];
}

/**
 * Attributes a table's family members to the motive of the person they came with or followed.
 * Returns a reason instead when the table cannot be split (no code list, no sub-categories in the data).
 */
function splitTable(
  d: Pick<MotiveData, "values" | "codeList">,
  label: Note,
  years: number[],
  where: string,
): SplitResult | { fallback: Note } {
  if (!d.codeList) return { fallback: (t) => t.fig4.noCodeList(label(t)) };
  const dataKeys = new Set([...d.values.values()].flatMap((m) => [...m.keys()]));
  const { subs, ignored } = subCategories(d.codeList, dataKeys, where);
  const family = subs.filter((s) => s.parent === "family");
  const asylum = subs.filter((s) => s.parent === "asylum");
  if (family.length === 0) return { fallback: (t) => t.fig4.noFamilySubs(label(t)) };
  const notes: Note[] = [];
  if (ignored.length)
    notes.push((t) => t.fig4.ignoredSubs(label(t), ignored.map((e) => `${e.key} "${e.title}"`).join(", ")));

  const series = (key: string) => seriesFromStart(d.values, key, years, where);
  const zeros = () => years.map(() => 0);
  const mainSeries = new Map<MainMotive, number[]>();
  for (const m of MAIN_MOTIVES) mainSeries.set(m.motive, dataKeys.has(m.key) ? series(m.key) : zeros());
  const subSeries = new Map(subs.map((s) => [s.key, series(s.key)]));
  const partSeries = new Map<SubPart, number[]>();
  for (const s of subs) {
    const acc = partSeries.get(s.part) ?? zeros();
    partSeries.set(
      s.part,
      acc.map((a, i) => a + subSeries.get(s.key)![i]),
    );
  }

  // The parts must add up to their main motive in every year, or the split is not what we think.
  const check = (parent: "family" | "asylum", parts: SubCategory[]) => {
    if (!parts.length) return;
    const total = mainSeries.get(parent)!;
    years.forEach((y, i) => {
      const sum = parts.reduce((a, s) => a + subSeries.get(s.key)![i], 0);
      if (Math.abs(sum - total[i]) > tolerance(parts.length)) {
        throw new Error(
          `${where}: in ${y} the ${parent} sub-categories (${parts.map((s) => s.key).join(", ")}) add up to ${sum}, ` +
            `not to the ${parent} total ${total[i]}: unrecognised structure of the code list`,
        );
      }
    });
  };
  check("family", family);
  check("asylum", asylum);

  const byYear = new Map<number, CategoryValues>();
  years.forEach((y, i) => {
    const v: CategoryValues = new Map();
    const part = (p: SubPart) => partSeries.get(p)?.[i] ?? 0;
    v.set("work", mainSeries.get("work")![i]);
    v.set("family_of_work", part("family_of_work"));
    v.set("study", mainSeries.get("study")![i]);
    v.set("family_of_study", part("family_of_study"));
    // Without asylum sub-categories (EU/EFTA table, or no nareis split) asylum is the main motive.
    v.set("asylum", asylum.length ? part("asylum") : mainSeries.get("asylum")![i]);
    v.set("family_of_asylum_nareis", part("family_of_asylum_nareis"));
    v.set("family_of_asylum", part("family_of_asylum"));
    v.set("temporary_protection", mainSeries.get("temporary_protection")![i]);
    v.set("family_other", part("family_other"));
    v.set("other", mainSeries.get("other")![i]);
    byYear.set(y, v);
  });
  return { byYear, notes };
}

/** A table's main motives per year (the fallback when it cannot be split). */
function mainTable(d: Pick<MotiveData, "values">, years: number[], where: string): Map<number, CategoryValues> {
  const dataKeys = new Set([...d.values.values()].flatMap((m) => [...m.keys()]));
  const byYear = new Map<number, CategoryValues>(years.map((y) => [y, new Map()]));
  for (const m of MAIN_MOTIVES) {
    const v = dataKeys.has(m.key) ? seriesFromStart(d.values, m.key, years, where) : years.map(() => 0);
    years.forEach((y, i) => byYear.get(y)!.set(m.motive, v[i]));
  }
  return byYear;
}

export interface CompositionRow {
  motive: CompositionMotive;
  persons: number;
  share: number;
}

export interface Composition {
  mode: "split" | "main";
  rows: CompositionRow[];
  notes: Note[];
}

/**
 * Non-Dutch immigrants over the years, by category, from the EU/EFTA and non-EU/EFTA tables
 * together. Split only when both tables can be split (mixing would misattribute); else main motives.
 * Dutch nationals (no derived motive) and the totals are left out.
 */
export function composition(
  tables: { data: Pick<MotiveData, "values" | "codeList">; label: Note; where: string }[],
  years: number[],
): Composition {
  const notes: Note[] = [];
  const splits = tables.map((x) => splitTable(x.data, x.label, years, x.where));
  const fallbacks = splits.filter((s): s is { fallback: Note } => "fallback" in s).map((s) => s.fallback);
  const mode = fallbacks.length ? "main" : "split";
  const perTable = splits.map((s, i) =>
    "fallback" in s || mode === "main" ? mainTable(tables[i].data, years, tables[i].where) : s.byYear,
  );
  if (mode === "split") for (const s of splits) if (!("fallback" in s)) notes.push(...s.notes);
  if (mode === "main") notes.push((t) => t.fig4.mainOnly(fallbacks.map((f) => f(t)).join("; ")));

  const order = mode === "split" ? SPLIT_ORDER : MAIN_ORDER;
  const persons = new Map<CompositionMotive, number>(order.map((m) => [m, 0]));
  for (const byYear of perTable) {
    for (const v of byYear.values()) for (const [m, n] of v) persons.set(m, (persons.get(m) ?? 0) + n);
  }
  const total = [...persons.values()].reduce((a, b) => a + b, 0);
  const rows = order.map((motive) => ({
    motive,
    persons: persons.get(motive)!,
    share: total ? persons.get(motive)! / total : 0,
  }));
  return { mode, rows, notes };
}
