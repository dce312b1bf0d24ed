// npm run audit: checks the claims, writes claims.json and audit.md (a whole run only: --only prints
// the chosen figures' claims and leaves them alone), prints the figures' status and a summary; a claim that differs is a finding (exit 0), a broken build is not.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLAIMS } from "../../src/claims/index";
import { mirror, runCli, tempDirs } from "../helpers/cli";

const temp = tempDirs();
afterAll(() => temp.cleanup());

describe("npm run audit", () => {
  it("--only prints the chosen figures' claims and leaves the whole run's claims.json and audit.md alone", async () => {
    const out = temp.make();
    // What the last whole run wrote: a partial run must not replace it with a part of the audit.
    fs.writeFileSync(path.join(out, "claims.json"), "whole run");
    fs.writeFileSync(path.join(out, "audit.md"), "whole run");
    const r = await runCli("audit", ["--only", "fig5", "fig6"], {
      MIGRATIE_MIRROR: mirror(),
      MIGRATIE_RAW: temp.make(),
      MIGRATIE_OUT: out,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ {2}built +fig5$/m);
    expect(r.stderr).toMatch(/^ {2}built +fig6$/m);
    expect(r.stderr).not.toMatch(/^ {2}\S+ +fig1\b/m);
    const n = CLAIMS.filter((c) => c.figure === "fig5" || c.figure === "fig6").length;
    expect(r.stderr).toMatch(
      new RegExp(
        `^${n} claims: .* -> not written \\(partial run: ${path.join(out, "audit.md")} and claims.json are left as the last whole run wrote them\\)$`,
        "m",
      ),
    );
    for (const f of ["claims.json", "audit.md"]) expect(fs.readFileSync(path.join(out, f), "utf8")).toBe("whole run");
  });

  it("a whole run writes claims.json and audit.md and prints the summary they hold", async () => {
    const out = temp.make();
    const r = await runCli("audit", [], { MIGRATIE_MIRROR: mirror(), MIGRATIE_RAW: temp.make(), MIGRATIE_OUT: out });
    expect(r.code, r.stderr).toBe(0);
    const claims = JSON.parse(fs.readFileSync(path.join(out, "claims.json"), "utf8")) as {
      id: string;
      status: string;
      figure: string;
    }[];
    expect(claims).toHaveLength(CLAIMS.length);
    const n = (s: string) => claims.filter((c) => c.status === s).length;
    expect(r.stderr).toContain(
      `${claims.length} claims: ${n("reproduced")} reproduced, ${n("differs")} differ, ${n("needs-data")} need data -> ${path.join(out, "audit.md")}, claims.json`,
    );
    for (const c of claims.filter((x) => x.status === "differs")) expect(r.stderr).toContain(`  ${c.id}: differs`);
    expect(fs.readFileSync(path.join(out, "audit.md"), "utf8")).toContain("## fig5: ");
  });

  it("--fail-on differs exits 1 when a claim differs (figure 6's consultation date on the shipped vintage); the default does not", async () => {
    const env = () => ({ MIGRATIE_MIRROR: mirror(), MIGRATIE_RAW: temp.make(), MIGRATIE_OUT: temp.make() });
    const strict = await runCli("audit", ["--only", "fig6", "--fail-on", "differs"], env());
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stderr).toMatch(/--fail-on differs: \d+ claim\(s\) fail the run: .*fig6-consulted-2025-06-26/);
    const lenient = await runCli("audit", ["--only", "fig6"], env());
    expect(lenient.code, lenient.stderr).toBe(0);
    const wrong = await runCli("audit", ["--only", "fig6", "--fail-on", "sometimes"], env());
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/--fail-on.*sometimes.*error, differs/);
  });

  it("reports a figure that needs data and still exits 0", async () => {
    const r = await runCli("audit", ["--only", "fig5"], {
      MIGRATIE_MIRROR: temp.make(),
      MIGRATIE_RAW: temp.make(),
      MIGRATIE_OUT: temp.make(),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^ {2}needs-data fig5 {2}needs data: CBS 80059NED/m);
  });
});
