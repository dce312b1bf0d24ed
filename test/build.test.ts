// The whole rebuild (src/build.ts) from the shipped annex vintage: offline, no MIGRATIE_MIRROR; the
// vintage folder is left byte for byte as it was; figures 1-6 equal what a mirror of the same files
// builds (MIGRATIE_MIRROR when set, else a copy of the vintage read as a mirror); one altered byte
// stops the figure with a message naming the file; and every figure reads one folder only.
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertOneDataSource, buildAll, type BuildAllResult } from "../src/build";
import { figureById } from "../src/figures/index";
import { annexVintageDir, mirrorFromEnv, projectRoot } from "../src/paths";
import { annexData, mirrorData } from "../src/raw/data-source";

const ANNEX = annexVintageDir();
const FIGS_1_TO_6 = ["fig1", "fig2", "fig3", "fig4", "fig5", "fig6"];
const temps: string[] = [];
const tmp = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

/** Every file under dir with its sha256 (and the listing itself): a byte-for-byte fingerprint. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    const p = path.join(e.parentPath, e.name);
    out[path.relative(dir, p)] = e.isFile()
      ? crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex")
      : "dir";
  }
  return out;
}

const csv = (outDir: string, fig: string) => fs.readFileSync(path.join(outDir, fig, "data.csv"), "utf8");

describe("buildAll from the shipped annex vintage", () => {
  let before: Record<string, string>;
  let annexOut: string;
  let mirrorOut: string;
  let annexRun: BuildAllResult;
  let mirrorRun: BuildAllResult;
  let mirror: string;

  beforeAll(async () => {
    before = fingerprint(ANNEX);
    annexOut = tmp("migratie-out-annex-");
    annexRun = await buildAll({ data: annexData(), outDir: annexOut, mode: "annex", images: false });
    mirror = mirrorFromEnv() ?? tmp("migratie-mirror-");
    if (!mirrorFromEnv()) fs.cpSync(ANNEX, mirror, { recursive: true });
    mirrorOut = tmp("migratie-out-mirror-");
    mirrorRun = await buildAll({ data: mirrorData(mirror), outDir: mirrorOut, mode: "annex", images: false });
  }, 120_000);

  it("builds figures 1-6 and reports figure 7 as needs-data naming its source, fetching nothing", () => {
    expect(annexRun.fetched).toEqual([]);
    const status = Object.fromEntries(annexRun.figures.map((f) => [f.id, f.status]));
    expect(status).toEqual({ ...Object.fromEntries(FIGS_1_TO_6.map((f) => [f, "built"])), fig7: "needs-data" });
    const fig7 = annexRun.figures.find((f) => f.id === "fig7")!;
    expect(fig7.status === "needs-data" && fig7.message).toMatch(/Eurostat migr_asydcfsta .* is not in .*annex-2025/);
  });

  it("leaves data/annex-2025 byte for byte as it was", () => {
    expect(fingerprint(ANNEX)).toEqual(before);
  });

  it("gives figures 1-6 the same data tables as the mirror", () => {
    for (const f of FIGS_1_TO_6) expect(csv(annexOut, f), f).toBe(csv(mirrorOut, f));
    expect(mirrorRun.figures.find((f) => f.id === "fig7")?.status).toBe("needs-data");
  });

  it("names the data used in sources.json, the source line, audit.md and index.html", () => {
    const sources = JSON.parse(fs.readFileSync(path.join(annexOut, "fig1", "sources.json"), "utf8"));
    expect(sources.sources[0].data).toEqual({ kind: "annex", label: "the shipped annex vintage (data/annex-2025)" });
    expect(sources.sources[0].citation).toMatch(
      /^CBS StatLine, 83474NED Bevolkingsontwikkeling.*, retrieved 2025-04-22, https:\/\/opendata\.cbs\.nl\/.*, licence CC BY 4\.0/,
    );
    const mirrored = JSON.parse(fs.readFileSync(path.join(mirrorOut, "fig1", "sources.json"), "utf8"));
    expect(mirrored.sources[0].data.kind).toBe("mirror");
    const figure = JSON.parse(fs.readFileSync(path.join(annexOut, "fig6", "figure.json"), "utf8"));
    expect(JSON.stringify(figure.layout.annotations)).toContain("Data: meegeleverde annex-vintage");
    expect(fs.readFileSync(path.join(annexOut, "audit.md"), "utf8")).toContain(
      "Data: annex-vintage data/annex-2025 (meegeleverd met het pakket; opgehaald ",
    );
    const html = fs.readFileSync(path.join(annexOut, "index.html"), "utf8");
    expect(html).toContain("Data: annex-vintage data/annex-2025 (meegeleverd met het pakket; opgehaald ");
    expect(html).toContain("uit de meegeleverde annex-vintage (data/annex-2025)");
    expect(html).toMatch(
      /bronvermelding: Eurostat, migr_asyapp1mp .*, opgehaald \d{4}-\d\d-\d\d, https:\/\/.*, hergebruik met bronvermelding \(https:\/\/ec\.europa\.eu\/eurostat\/web\/main\/help\/copyright-notice\)/,
    );
  });

  it("a partial run (--only fig1) writes its figure and leaves the whole run's claims.json, audit.md and index.html as they were", async () => {
    const audit = ["claims.json", "audit.md", "index.html"];
    const whole = audit.map((f) => fs.readFileSync(path.join(annexOut, f), "utf8"));
    const partial = await buildAll({
      data: annexData(),
      outDir: annexOut,
      mode: "annex",
      images: false,
      figures: [figureById("fig1")],
      partial: true,
    });
    expect(partial.partial).toBe(true);
    expect(audit.map((f) => fs.readFileSync(path.join(annexOut, f), "utf8"))).toEqual(whole);
    expect(new Set(partial.claims.map((c) => c.figure))).toEqual(new Set(["fig1"]));
    // fig1-ukrainians-2022 reads figure 3, which is not in --only: it is checked on it, not called missing.
    expect(partial.claims.find((c) => c.id === "fig1-ukrainians-2022")).toMatchObject({ status: "reproduced" });
    expect(partial.claims.map((c) => c.status)).toEqual(
      annexRun.claims.filter((c) => c.figure === "fig1").map((c) => c.status),
    );
    for (const c of partial.claims)
      expect(c.detail ?? "").not.toMatch(/figuurmodule|figure module|niet gemaakt in deze run/);
  });

  it("refuses a figure built from another folder than the run's", () => {
    const built = annexRun.figures.filter((f) => f.status === "built");
    expect(() => assertOneDataSource(built, annexData())).not.toThrow();
    expect(() => assertOneDataSource(built, mirrorData(mirror))).toThrow(
      /fig1: cbs\/83474NED\/TypedDataSet\.json was read from .*annex-2025, not from the run's data .*: a figure is never built from two vintages/,
    );
  });
});

it("stops a figure on one altered byte in a copy of the vintage, naming the file", async () => {
  const copy = tmp("migratie-altered-");
  fs.cpSync(ANNEX, copy, { recursive: true });
  const file = path.join(copy, "cbs", "80059NED", "TypedDataSet.json");
  const bytes = fs.readFileSync(file);
  bytes[bytes.length - 3] ^= 1;
  fs.writeFileSync(file, bytes);
  const r = await buildAll({
    data: mirrorData(copy),
    outDir: tmp("migratie-out-altered-"),
    mode: "annex",
    images: false,
    figures: [figureById("fig5")],
  });
  const fig5 = r.figures[0];
  expect(fig5.status).toBe("failed");
  expect(fig5.status === "failed" && fig5.message).toContain(`${file}: sha256`);
});

it("npm run figures says on its first line which data it uses (the shipped vintage, without MIGRATIE_MIRROR)", () => {
  const env: NodeJS.ProcessEnv = { ...process.env, MIGRATIE_OUT: tmp("migratie-cli-out-") };
  delete env.MIGRATIE_MIRROR;
  delete env.MIGRATIE_DATA;
  const r = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), "src/cli/figures.ts", "--no-images", "--only", "fig5"],
    { cwd: projectRoot(), env, encoding: "utf8" },
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr.split("\n")[0]).toMatch(
    /^Data: annex vintage data\/annex-2025 \(shipped with the package; retrieved \d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d\)$/,
  );
}, 60_000);
