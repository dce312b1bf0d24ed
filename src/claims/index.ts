// Every quantitative statement of the annex covered so far, by figure.
import type { FigureData } from "../figures/types";
import { FIG1_CLAIMS } from "./fig1-claims";
import { FIG2_CLAIMS } from "./fig2-claims";
import { FIG3_CLAIMS } from "./fig3-claims";
import { FIG4_CLAIMS } from "./fig4-claims";
import { FIG5_CLAIMS } from "./fig5-claims";
import { FIG6_CLAIMS } from "./fig6-claims";
import { FIG7_CLAIMS } from "./fig7-claims";
import { ANNEX_WIDE_CLAIMS } from "./annex-wide-claims";
import { evaluateClaim, type ClaimDefinition, type ClaimResult } from "./types";

export const CLAIMS: ClaimDefinition[] = [
  ...FIG1_CLAIMS,
  ...FIG2_CLAIMS,
  ...FIG3_CLAIMS,
  ...FIG4_CLAIMS,
  ...FIG5_CLAIMS,
  ...FIG6_CLAIMS,
  ...FIG7_CLAIMS,
  ...ANNEX_WIDE_CLAIMS,
];

/**
 * Evaluates every claim against the figures built in annex mode. A figure that could not be
 * built (missing data) makes its claims needs-data, with the reason.
 */
export function evaluateClaims(built: Map<string, FigureData>, missing: Map<string, string>): ClaimResult[] {
  return CLAIMS.map((c) => evaluateClaim(c, built.get(c.figure), missing.get(c.figure), built));
}
