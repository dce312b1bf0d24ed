// Runs a command-line script (src/cli/<name>.ts) as `npm run <name>` does, through tsx, in a
// child process with its own environment; temporary folders are removed by cleanup().
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { annexVintageDir } from "../../src/paths";

const root = path.resolve(__dirname, "../..");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  name: "fetch" | "figures" | "audit" | "diff",
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  // CI and MIGRATIE_* from the test's own environment must not leak in: each test says what it uses.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("MIGRATIE_") && k !== "CI"),
  );
  return new Promise((resolve) => {
    execFile(
      tsx,
      [path.join(root, "src", "cli", `${name}.ts`), ...args],
      { cwd: root, env: { ...base, ...env }, maxBuffer: 32 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The mirror the CLI tests read or copy from: MIGRATIE_MIRROR when set, else the shipped vintage (it has a mirror's layout). */
export function mirror(): string {
  const m = process.env.MIGRATIE_MIRROR;
  return m ? path.resolve(root, m) : annexVintageDir();
}

export function tempDirs() {
  const made: string[] = [];
  return {
    make(prefix = "migratie-cli-"): string {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(d);
      return d;
    },
    cleanup() {
      for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}
