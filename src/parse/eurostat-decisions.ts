// Eurostat first-instance asylum decisions (migr_asydcfsta counts, migr_asydec1pc percentages)
// from a parsed JSON-stat document into one row per country, year and decision type.
//
// Eurostat changed the decision codes between vintages:
//   legacy:  TOTAL, TOTAL_POS, GENCONV, SUB_PROT, HUMSTAT, (TEMP_PROT), REJECTED
//   current: TOTAL, POS, POS_RFG, POS_SPROT, POS_HUM, NEG (and IPROT in the percentage table)
// The code set is recognised from the response's own decision categories and checked against
// their labels; a set that is neither is an error naming every code and label, never a guess.
//
// Dublin rejections: neither code list as found has a category for them (see notebook fig7-eu-positive-decisions and
// src/figures/fig7-eu-positive-decisions.ts). A category whose label mentions "Dublin" is
// accepted beside either set and taken as the Dublin rejections, so the figure can leave them
// out where a response identifies them.
import type { JsonStatCell, JsonStatDataset, JsonStatDimension } from "./jsonstat";
import type { Shared } from "./shared";

export type DecisionRole =
  | "total"
  | "positive"
  | "refugee"
  | "subsidiary"
  | "humanitarian"
  | "temporary"
  | "international"
  | "rejected"
  | "dublin";

interface DecisionCodeSet {
  id: "legacy" | "current";
  /** Code -> meaning. */
  roles: Record<string, DecisionRole>;
}

const DECISION_CODE_SETS: DecisionCodeSet[] = [
  {
    id: "legacy",
    roles: {
      TOTAL: "total",
      TOTAL_POS: "positive",
      GENCONV: "refugee",
      SUB_PROT: "subsidiary",
      HUMSTAT: "humanitarian",
      TEMP_PROT: "temporary",
      REJECTED: "rejected",
    },
  },
  {
    id: "current",
    roles: {
      TOTAL: "total",
      POS: "positive",
      POS_RFG: "refugee",
      POS_SPROT: "subsidiary",
      POS_HUM: "humanitarian",
      IPROT: "international",
      NEG: "rejected",
    },
  },
];

/** The labels a code must carry to mean what its role says (guards against a code reused for something else). */
const LABEL_CHECK: Partial<Record<DecisionRole, RegExp>> = {
  total: /total/i,
  positive: /positive/i,
  rejected: /reject|negative/i,
};
const DUBLIN_LABEL = /dublin/i;

interface DecisionCategory {
  code: string;
  label: string;
  role: DecisionRole;
}

export interface DecisionCodes {
  set: DecisionCodeSet["id"];
  categories: DecisionCategory[];
  /** The category holding Dublin rejections, when the response has one. */
  dublin?: DecisionCategory;
}

class DecisionCodeError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "DecisionCodeError";
  }
}

const has = (set: DecisionCodeSet, code: string) => Object.prototype.hasOwnProperty.call(set.roles, code);
const describe = (cats: { code: string; label: string }[]) => cats.map((c) => `${c.code} "${c.label}"`).join(", ");
const knownSets = () => DECISION_CODE_SETS.map((s) => `${s.id}: ${Object.keys(s.roles).join(", ")}`).join("; ");

/**
 * Recognises the decision code set of a response from its categories (codes and labels).
 * `required` roles must be present (counts: total, positive; percentages: positive).
 */
export function identifyDecisionCodes(
  categories: { code: string; label: string }[],
  file: string,
  required: DecisionRole[],
): DecisionCodes {
  const fits = DECISION_CODE_SETS.filter((set) => {
    const unknown = categories.filter((c) => !has(set, c.code));
    const roles = new Set(categories.filter((c) => has(set, c.code)).map((c) => set.roles[c.code]));
    return unknown.every((c) => DUBLIN_LABEL.test(c.label)) && required.every((r) => roles.has(r));
  });
  if (fits.length !== 1) {
    const why = fits.length
      ? `fit more than one code set (${fits.map((s) => s.id).join(", ")})`
      : "are not a known Eurostat code set";
    throw new DecisionCodeError(
      file,
      `decision codes ${describe(categories)} ${why}; needed: ${required.join(", ")}. Known sets: ${knownSets()}. ` +
        `Check the dataset's decision code list before extending DECISION_CODE_SETS in src/parse/eurostat-decisions.ts.`,
    );
  }
  const set = fits[0];
  const out: DecisionCategory[] = categories.map((c) => ({
    ...c,
    role: has(set, c.code) ? set.roles[c.code] : ("dublin" as const),
  }));
  for (const c of out) {
    const check = LABEL_CHECK[c.role];
    if (check && !check.test(c.label)) {
      throw new DecisionCodeError(
        file,
        `decision code ${c.code} is labelled "${c.label}", which does not read as "${c.role}" (${check}): the code list changed meaning?`,
      );
    }
  }
  const dublins = out.filter((c) => c.role === "dublin");
  if (dublins.length > 1)
    throw new DecisionCodeError(
      file,
      `more than one Dublin category (${describe(dublins)}): which one to leave out is ambiguous`,
    );
  return { set: set.id, categories: out, dublin: dublins[0] };
}

export interface DecisionRow {
  geo: string;
  year: number;
  code: string;
  role: DecisionRole;
  /** Persons (unit PER) or percent of all decisions (unit PC); null = missing, never 0. */
  value: number | null;
  /** Eurostat flag (p provisional, c confidential, ...). */
  status: string | null;
}

export interface DecisionTable extends DecisionCodes {
  unit: string;
  /** The code taken from every other dimension, e.g. {freq: "A", citizen: "TOTAL", sex: "T", age: "TOTAL"}. */
  selection: Record<string, string>;
  rows: DecisionRow[];
  statusLabels: Record<string, string>;
}

/**
 * The total of each further dimension (first code that exists), as requested from the API. A Map:
 * a dimension id read from the file (constructor, toString, __proto__) must not find Object's members.
 */
const TOTALS = new Map<string, string[]>([
  ["freq", ["A"]],
  ["citizen", ["TOTAL", "EXT_EU27_2020"]],
  ["sex", ["T"]],
  ["age", ["TOTAL"]],
]);

function pick(dim: JsonStatDimension, wanted: string[], file: string): string {
  const codes = dim.categories.map((c) => c.code);
  const hit = wanted.find((w) => codes.includes(w));
  if (!hit)
    throw new DecisionCodeError(
      file,
      `dimension "${dim.id}" has no ${wanted.join(" or ")} (codes: ${codes.join(", ")})`,
    );
  return hit;
}

/**
 * Reads a decision table. unit: "PER" for migr_asydcfsta, "PC" for migr_asydec1pc. Every
 * dimension besides decision, geo and time must be one the tables are known to have (its total
 * is taken) or have a single category.
 */
export function readDecisionTable(
  ds: Shared<JsonStatDataset>,
  file: string,
  unit: "PER" | "PC",
  required: DecisionRole[],
): DecisionTable {
  const dim = (id: string) => ds.dimensions.find((d) => d.id === id);
  for (const id of ["decision", "geo", "time"]) {
    if (!dim(id))
      throw new DecisionCodeError(
        file,
        `no "${id}" dimension (dimensions: ${ds.dimensions.map((d) => d.id).join(", ")})`,
      );
  }
  const codes = identifyDecisionCodes(dim("decision")!.categories, file, required);
  // Null prototype: keys are dimension ids read from the file.
  const selection: Record<string, string> = Object.create(null);
  for (const d of ds.dimensions) {
    if (d.id === "decision" || d.id === "geo" || d.id === "time") continue;
    const totals = TOTALS.get(d.id);
    if (d.id === "unit") selection.unit = pick(d, [unit], file);
    else if (totals) selection[d.id] = pick(d, totals, file);
    else if (d.categories.length === 1) selection[d.id] = d.categories[0].code;
    else
      throw new DecisionCodeError(
        file,
        `unexpected dimension "${d.id}" with ${d.categories.length} categories: which one to take is unknown`,
      );
  }
  const roleOf = new Map(codes.categories.map((c) => [c.code, c.role]));
  const chosen = (c: JsonStatCell) => Object.entries(selection).every(([id, code]) => c.coords[id] === code);
  const rows: DecisionRow[] = ds.cells.filter(chosen).map((c) => {
    const year = /^\d{4}$/.test(c.coords.time) ? Number(c.coords.time) : NaN;
    if (!Number.isInteger(year))
      throw new DecisionCodeError(file, `time "${c.coords.time}" is not a year (annual data expected)`);
    return {
      geo: c.coords.geo,
      year,
      code: c.coords.decision,
      role: roleOf.get(c.coords.decision)!,
      value: c.value,
      status: c.status,
    };
  });
  return { ...codes, unit: selection.unit ?? unit, selection, rows, statusLabels: ds.statusLabels };
}

/** Index by geo, year and role for lookups. */
export function decisionLookup(
  t: DecisionTable,
): (geo: string, year: number, role: DecisionRole) => DecisionRow | undefined {
  const m = new Map(t.rows.map((r) => [`${r.geo}|${r.year}|${r.role}`, r]));
  return (geo, year, role) => m.get(`${geo}|${year}|${role}`);
}
