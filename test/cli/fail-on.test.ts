// --fail-on: which claim statuses fail a run (src/cli/fail-on.ts).
import { describe, expect, it } from "vitest";
import type { ClaimResult } from "../../src/claims/types";
import { failingClaims } from "../../src/cli/fail-on";

const claim = (id: string, status: ClaimResult["status"]) => ({ id, status }) as ClaimResult;
const claims = [claim("a", "reproduced"), claim("b", "differs"), claim("c", "needs-data"), claim("d", "error")];

describe("failingClaims", () => {
  it("error: only claims whose code failed", () => {
    expect(failingClaims(claims, "error").map((c) => c.id)).toEqual(["d"]);
  });
  it("differs: also claims that no longer match the publication; missing data never fails a run", () => {
    expect(failingClaims(claims, "differs").map((c) => c.id)).toEqual(["b", "d"]);
  });
});
