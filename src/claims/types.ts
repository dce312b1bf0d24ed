// A quantitative statement of the annex, how it is computed from the figure data, and its result.
import { claimStatement, type FigureId } from "../catalog/annex";
import type { FigureData, Mode } from "../figures/types";
import { messages, type Lang } from "../i18n/index";
import type { Robustness } from "./readings/types";
import { wording, type ClaimText, type ClaimValue } from "./value";

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
  /** The published value, typed (a page formats it in its language: formatValue). */
  published: ClaimValue;
  /** The value computed from the raw data, typed like the published one (null when it could not be computed). */
  computed: ClaimValue | null;
  status: ClaimStatus;
  /** How it is computed and when it counts as reproduced, in the run's language. */
  rule: string;
  /** The exact value, the difference, the other readings; for needs-data the missing source; in the run's language. */
  detail?: string;
  /** The mode of the figures the claim was checked on (annex unless the claim says otherwise). */
  mode?: Mode;
  /** How the annex rounds the published value (numeric claims), in the run's language. */
  rounding?: string;
  /** How far the computed value may be from the published one and still count as reproduced, in the run's language. */
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
  published: ClaimValue;
  /** How it is computed and when it holds: worded in the message tables (src/i18n/claims-*.ts). */
  rule: ClaimText;
  /** Numeric claims: the annex's rounding, e.g. "millions, one decimal". */
  rounding?: ClaimText;
  /** Numeric claims: e.g. "equal after rounding"; qualitative claims say so in the rule. */
  tolerance?: ClaimText;
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
   * Computes the claim from the built figure: the typed computed value and whether it holds,
   * or needsData naming the missing source when the figure lacks what the claim needs.
   */
  evaluate(fig: FigureData, others: Map<string, FigureData>): Evaluation;
}

/** The statement of a claim that no statement of the annex registry names (English, as claims.json has it; report/ shows it in the output's language). */
export const noStatement = (id: string) => messages("en").report.noStatement(id);

/** A claim's outcome on the data: its typed value and whether it holds (detail: exact values, other readings), or what it needs. */
export type Evaluation = { computed: ClaimValue; holds: boolean; detail?: ClaimText } | { needsData: ClaimText };

/**
 * Evaluates one claim, its texts in `lang`. `fig` and `others` must be built in the claim's mode
 * (annex unless the claim says latest); a figure in the other mode makes the claim needs-data
 * rather than wrong. `missing`: why the figure is not there, already in `lang`.
 */
export function evaluateClaim(
  def: ClaimDefinition,
  fig: FigureData | undefined,
  missing?: string,
  others: Map<string, FigureData> = new Map(),
  lang: Lang = "nl",
): ClaimResult {
  const w = wording(lang);
  const mode: Mode = def.mode ?? "annex";
  const base: Omit<ClaimResult, "computed" | "status"> = {
    id: def.id,
    figure: def.figure,
    statement: claimStatement(def.id) ?? noStatement(def.id),
    published: def.published,
    rule: def.rule(w),
    mode,
  };
  if (def.rounding) base.rounding = def.rounding(w);
  if (def.tolerance) base.tolerance = def.tolerance(w);
  const needsData = (detail: string): ClaimResult => ({ ...base, computed: null, status: "needs-data", detail });
  if (!fig) return needsData(missing ?? w.t.needs.figureMissing);
  if (fig.mode !== mode) return needsData(w.t.needs.wrongMode(def.figure, mode, fig.mode));
  const absent = (def.alsoNeeds ?? []).filter((id) => !others.has(id));
  if (absent.length) return needsData(w.t.needs.alsoNeeds(w.and(absent)));
  let r: Evaluation;
  try {
    r = def.evaluate(fig, others);
  } catch (e) {
    return { ...base, computed: null, status: "error", detail: w.t.needs.error((e as Error).message) };
  }
  if ("needsData" in r) return needsData(r.needsData(w));
  const result: ClaimResult = { ...base, computed: r.computed, status: r.holds ? "reproduced" : "differs" };
  const detail = r.detail?.(w);
  if (detail) result.detail = detail;
  return result;
}
