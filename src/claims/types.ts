// A quantitative statement of the annex, how it is computed from the figure data, and its result.
import { claimStatement, type FigureId } from "../catalog/annex";
import type { FigureData, Mode } from "../figures/types";
import { messages } from "../i18n/index";
import type { Robustness } from "./readings/types";

/**
 * reproduced / differs / needs-data as the audit reports them; error when the claim's own code
 * failed on the data it got (a bug or an unexpected table shape: never counted as reproduced).
 */
export type ClaimStatus = "reproduced" | "differs" | "needs-data" | "error";

export interface ClaimResult {
  id: string;
  figure: FigureId;
  /** The statement as the annex makes it (Dutch). */
  statement: string;
  /** The published value, as printed (rounding included). */
  published: string;
  /** The value computed from the raw data, in the same form (null when the data is missing). */
  computed: string | null;
  status: ClaimStatus;
  /** How it is computed and when it counts as reproduced. */
  rule: string;
  /** For differs: the difference; for needs-data: the missing source. */
  detail?: string;
  /** The mode of the figures the claim was checked on (annex unless the claim says otherwise). */
  mode?: Mode;
  /** How the annex rounds the published value (numeric claims). */
  rounding?: string;
  /** How far the computed value may be from the published one and still count as reproduced. */
  tolerance?: string;
  /** The vintage of the data used: each source of the claim's figures with its version. */
  vintage?: string;
  /** The statement under its readings (src/claims/readings): holds in k of n, which break it, the value under each. */
  robustness?: Robustness;
}

export interface ClaimDefinition {
  id: string;
  figure: FigureId;
  /** The annex's statement is not restated here: it is the text of the registry's statements that name this id (claimStatement). */
  published: string;
  rule: string;
  /** Numeric claims: the annex's rounding, e.g. "millions, one decimal". */
  rounding?: string;
  /** Numeric claims: e.g. "equal after rounding"; qualitative claims say so in the rule. */
  tolerance?: string;
  /**
   * annex (default): checked on the figures built for the publication's periods.
   * latest: a statement about what the data holds (e.g. "2024 is not yet available"), checked
   * on the figures built up to the newest year in the data; it changes when new data appears.
   */
  mode?: Mode;
  /** Other figures the claim compares with (e.g. fig3 against fig2); all must be built. */
  alsoNeeds?: FigureId[];
  /** Other figures the claim compares with when they are built (not required); their vintage is the claim's too. */
  alsoReads?: FigureId[];
  /**
   * Computes the claim from the built figure (annex mode): the computed text and whether it holds,
   * or needsData naming the missing source when the figure lacks what the claim needs.
   */
  evaluate(fig: FigureData, others: Map<string, FigureData>): Evaluation;
}

/** The statement of a claim that no statement of the annex registry names (English, as claims.json has it; report/ shows it in the output's language). */
export const noStatement = (id: string) => messages("en").report.noStatement(id);

export type Evaluation = { computed: string; holds: boolean; detail?: string } | { needsData: string };

/**
 * Evaluates one claim. `fig` and `others` must be built in the claim's mode (annex unless the
 * claim says latest); a figure in the other mode makes the claim needs-data rather than wrong.
 */
export function evaluateClaim(
  def: ClaimDefinition,
  fig: FigureData | undefined,
  missing?: string,
  others: Map<string, FigureData> = new Map(),
): ClaimResult {
  const mode: Mode = def.mode ?? "annex";
  const base: Omit<ClaimResult, "computed" | "status"> = {
    id: def.id,
    figure: def.figure,
    statement: claimStatement(def.id) ?? noStatement(def.id),
    published: def.published,
    rule: def.rule,
    mode,
  };
  if (def.rounding) base.rounding = def.rounding;
  if (def.tolerance) base.tolerance = def.tolerance;
  if (!fig) return { ...base, computed: null, status: "needs-data", detail: missing ?? "the figure's data is missing" };
  if (fig.mode !== mode) {
    return { ...base, computed: null, status: "needs-data", detail: `checked on ${def.figure} built in ${mode} mode (got ${fig.mode})` };
  }
  const absent = (def.alsoNeeds ?? []).filter((id) => !others.has(id));
  if (absent.length) return { ...base, computed: null, status: "needs-data", detail: `needs ${absent.join(", ")} as well` };
  let r: Evaluation;
  try {
    r = def.evaluate(fig, others);
  } catch (e) {
    return { ...base, computed: null, status: "error", detail: `the claim could not be computed: ${(e as Error).message}` };
  }
  if ("needsData" in r) return { ...base, computed: null, status: "needs-data", detail: r.needsData };
  const result: ClaimResult = { ...base, computed: r.computed, status: r.holds ? "reproduced" : "differs" };
  if (r.detail !== undefined) result.detail = r.detail;
  return result;
}

/** Dutch number with a decimal comma: 5.3 -> "5,3". */
export const nl = (x: number, decimals: number) => x.toFixed(decimals).replace(".", ",");

/** Dutch whole number with thousands dots: 108550 -> "108.550". */
export const nlInt = (x: number) => Math.round(x).toLocaleString("en-US").replace(/,/g, ".");

/** Signed Dutch difference, e.g. "+0,1" or "-12". */
export const nlSigned = (x: number, decimals: number) => (x > 0 ? "+" : x < 0 ? "-" : "±") + nl(Math.abs(x), decimals);
