// Snapshot of the audit's claims (out/claims.json) on the shipped vintage: every claim's status,
// computed value, detail and vintage, as `npm run figures` and `npm run audit` write them. A change
// of any computed number or status shows up in review as a diff of test/snapshots/claims/claims.json.
// The folder of the shipped vintage is written as data/annex-2025, so the snapshot does not depend
// on where the project lies. Update on purpose: npm run test:update-snapshots.
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { FIGURES } from "../../src/figures/index";
import { annexVintageDir } from "../../src/paths";
import { auditFigures, claimsJson } from "../../src/report/audit-run";
import { checkSnapshots, snapshotMessage } from "../helpers/snapshot";

describe("claims snapshot (test/snapshots/claims/)", () => {
  it("claims.json on the shipped vintage equals the stored snapshot", () => {
    const { claims } = auditFigures(FIGURES, annexVintageDir());
    expect(claims.length).toBeGreaterThan(30);
    const text = claimsJson(claims).split(annexVintageDir()).join("data/annex-2025");
    const problems = checkSnapshots(path.join(__dirname, "claims"), { "claims.json": text });
    if (problems.length) throw new Error(snapshotMessage("claims", problems));
  });
});
