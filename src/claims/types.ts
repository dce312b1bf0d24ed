// A quantitative statement of the annex, how it is computed from the figure data, and its result.
import type { FigureData } from "../figures/types";

export type ClaimStatus = "reproduced" | "differs" | "needs-data";

export interface ClaimResult {
  id: string;
  figure: string;
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
}

export interface ClaimDefinition {
  id: string;
  figure: string;
  statement: string;
  published: string;
  rule: string;
  /** Other figures the claim compares with (e.g. fig3 against fig2); all must be built. */
  alsoNeeds?: string[];
  /**
   * Computes the claim from the built figure (annex mode): the computed text and whether it holds,
   * or needsData naming the missing source when the figure lacks what the claim needs.
   */
  evaluate(fig: FigureData, others: Map<string, FigureData>): Evaluation;
}

export type Evaluation = { computed: string; holds: boolean; detail?: string } | { needsData: string };

export function evaluateClaim(
  def: ClaimDefinition,
  fig: FigureData | undefined,
  missing?: string,
  others: Map<string, FigureData> = new Map(),
): ClaimResult {
  const base = { id: def.id, figure: def.figure, statement: def.statement, published: def.published, rule: def.rule };
  if (!fig) return { ...base, computed: null, status: "needs-data", detail: missing ?? "the figure's data is missing" };
  const absent = (def.alsoNeeds ?? []).filter((id) => !others.has(id));
  if (absent.length) return { ...base, computed: null, status: "needs-data", detail: `needs ${absent.join(", ")} as well` };
  const r = def.evaluate(fig, others);
  if ("needsData" in r) return { ...base, computed: null, status: "needs-data", detail: r.needsData };
  return { ...base, computed: r.computed, status: r.holds ? "reproduced" : "differs", detail: r.detail };
}

/** Dutch number with a decimal comma: 5.3 -> "5,3". */
export const nl = (x: number, decimals: number) => x.toFixed(decimals).replace(".", ",");
