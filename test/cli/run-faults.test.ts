// A run is all or nothing (issue: two runs mixed their outputs; a signal ended a run with exit 0,
// 28 of 49 files and no message; killing the wrapper left children writing). Each case runs the
// real CLI in a child process, caught at a known step by a Chromium that hangs at start-up, and
// signals it for real.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/io/run-lock";
import { OUT_MARKER } from "../../src/io/out-folder";
import { realMirror } from "../helpers/changed-mirror";
import { hangingChromium, running, start, startCli, until } from "../helpers/run-process";
import { tempDir } from "../helpers/temp";

const SUMMARIES = ["claims.json", "audit.md", "index.html"];

/** An output folder holding a complete earlier run's summaries. */
function outWithEarlierRun(): string {
  const out = tempDir("migratie-run-out-");
  fs.writeFileSync(path.join(out, OUT_MARKER), "");
  for (const f of SUMMARIES) fs.writeFileSync(path.join(out, f), "an earlier, complete run");
  return out;
}

/** npm run figures -- --only fig5 on the shipped vintage (or --data raw), stuck at Chromium's start. */
async function stuckRun(out: string, extra: string[] = [], wrapper: "tsx" | "npm" = "tsx") {
  const chromium = hangingChromium();
  const args = ["--only", "fig5", "--out", out, ...(extra.length ? extra : ["--mirror", realMirror()])];
  const env = { CHROMIUM_PATH: chromium.path };
  const run =
    wrapper === "npm" ? start("npm", ["run", "-s", "figures", "--", ...args], env) : startCli("figures", args, env);
  await until(
    "the run to start Chromium",
    () => fs.existsSync(chromium.pidFile) && fs.readFileSync(chromium.pidFile, "utf8").trim() !== "",
  );
  const chromiumPid = Number(fs.readFileSync(chromium.pidFile, "utf8"));
  // The run's own process (under the tsx or npm wrapper) is named by its lock.
  const lock = JSON.parse(fs.readFileSync(path.join(out, LOCK_FILE), "utf8")) as { pid: number; command: string };
  return { run, chromiumPid, runPid: lock.pid, lock };
}

describe("one run at a time per output folder and per raw folder", () => {
  it("a second run on the same out/ or data/raw stops at once, naming the run that holds it; the first is not disturbed", async () => {
    const raw = tempDir("migratie-run-raw-");
    const fetched = await startCli("fetch", ["--only", "fig5", "--raw", raw, "--mirror", realMirror()]).done;
    expect(fetched.code, fetched.stderr).toBe(0);
    const out = outWithEarlierRun();
    const first = await stuckRun(out, ["--data", "raw", "--raw", raw]);
    expect(first.lock.command).toMatch(/figures\.ts --only fig5/);

    const second = await startCli("figures", ["--no-images", "--only", "fig5", "--out", out, "--mirror", realMirror()])
      .done;
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `output folder .* is in use by another run: PID ${first.runPid} \\(.*figures\\.ts --only fig5.*\\), started `,
      ),
    );
    const fetch = await startCli("fetch", ["--only", "fig5", "--raw", raw, "--mirror", realMirror()]).done;
    expect(fetch.code).toBe(1);
    expect(fetch.stderr).toMatch(new RegExp(`raw data folder .* is in use by another run: PID ${first.runPid} `));

    first.run.child.kill("SIGTERM");
    const ended = await first.run.done;
    expect(ended.code).toBe(143);
    for (const dir of [out, raw]) expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    // Now free: the next run goes ahead.
    const third = await startCli("figures", [
      "--no-images",
      "--only",
      "fig5",
      "--out",
      out,
      "--data",
      "raw",
      "--raw",
      raw,
    ]).done;
    expect(third.code, third.stderr).toBe(0);
  }, 300_000);

  it("takes over the lock of a run that is gone", async () => {
    const out = outWithEarlierRun();
    fs.writeFileSync(
      path.join(out, LOCK_FILE),
      JSON.stringify({
        pid: 2 ** 22 + 1,
        command: "npm run figures",
        started: "2026-01-01T00:00:00Z",
        host: require("node:os").hostname(),
        token: "x",
      }),
    );
    const r = await startCli("figures", ["--no-images", "--only", "fig5", "--out", out, "--mirror", realMirror()]).done;
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, LOCK_FILE))).toBe(false);
  }, 120_000);
});

describe("a signal ends a run honestly", () => {
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
    it(`${signal} while Chromium starts: exit 128+n, one line, no summaries of another run, Chromium stopped`, async () => {
      const out = outWithEarlierRun();
      const { run, chromiumPid, runPid } = await stuckRun(out);
      expect(fs.existsSync(path.join(out, "fig5", "data.csv"))).toBe(true); // this run's figure is written
      process.kill(runPid, signal); // the run itself (tsx forwards only SIGINT and SIGTERM)
      const r = await run.done;
      expect(r.code).toBe(128 + require("node:os").constants.signals[signal]);
      const lines = r.stderr.split("\n").filter((l) => /INTERRUPTED/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(`^INTERRUPTED \\(${signal}\\) while rendering the images \\(Chromium\\): .*Chromium stopped`),
      );
      expect(lines[0]).toMatch(/claims\.json, audit\.md, index\.html removed/);
      for (const f of SUMMARIES) expect(fs.existsSync(path.join(out, f)), f).toBe(false);
      await until("Chromium to be stopped", () => !running(chromiumPid), 30_000);
      expect(fs.existsSync(path.join(out, LOCK_FILE))).toBe(false);
    }, 180_000);
  }

  it("through npm: SIGTERM to npm reaches the run; killing the wrapper (SIGKILL) stops the run and Chromium", async () => {
    for (const kill of ["SIGTERM", "SIGKILL"] as const) {
      const out = outWithEarlierRun();
      const { run, chromiumPid, runPid } = await stuckRun(out, [], "npm");
      run.child.kill(kill); // npm itself, not its children
      const r = await run.done; // "close": every process holding npm's pipes is gone
      // npm forwards SIGTERM to its `sh -c`, which ends without passing it on: the run sees its wrapper end.
      expect(r.stderr).toMatch(/INTERRUPTED \((SIGTERM|its wrapper .* \(PID \d+\) ended)\) while rendering the images/);
      expect(running(runPid)).toBe(false);
      await until("Chromium to be stopped", () => !running(chromiumPid), 30_000);
      for (const f of SUMMARIES) expect(fs.existsSync(path.join(out, f)), f).toBe(false);
    }
  }, 300_000);
});
