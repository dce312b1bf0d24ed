// --fail-on: which claim results fail a run (exit 1), for analysts who run the audit in their own CI
// after an update. "error" (the default) fails only on claims whose own code could not compute
// them; "differs" also fails when a computed value no longer matches the published one.
import { Option } from "commander";
import type { ClaimResult } from "../claims/types";

const FAIL_ON = ["error", "differs"] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const failOnOption = () =>
  new Option(
    "--fail-on <status>",
    "exit 1 when a claim has this status: error (default: a claim could not be computed) or differs (also when a computed value differs from the published one)",
  )
    .choices(FAIL_ON)
    .default("error");

/** The claims that fail the run at this level; needs-data never does (missing data is reported, not fatal). */
export function failingClaims(claims: ClaimResult[], failOn: FailOn): ClaimResult[] {
  return claims.filter((c) => c.status === "error" || (failOn === "differs" && c.status === "differs"));
}
