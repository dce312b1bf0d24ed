// npm run notebooks [-- --force] [-- notebooks/nl/fig1-*.ipynb ...]
// Executes the notebooks headless (Jupyter's nbconvert, the tslab kernel), `npm run build` having
// built the package they import. Executed copies and pages go beside each edition's language
// (out/notebooks/, out/en/notebooks/, out/solutions/, out/en/solutions/; MIGRATIE_OUT), one line per
// notebook as it starts and ends; see notebook-runner.ts. MIGRATIE_NOTEBOOK_JOBS notebooks
// run at once (default 2); JUPYTER overrides the Jupyter command.
import * as fs from "node:fs";
import * as path from "node:path";
import { Command } from "commander";
import { prepareOutFolder } from "../io/out-folder";
import { terminalText } from "../io/text";
import { defaultOutDir, projectRoot } from "../paths";
import { EDITIONS, editionFolder } from "../notebook/edition";
import { runNotebooks, stopRunning } from "./notebook-runner";

/** MIGRATIE_NOTEBOOK_JOBS: a whole number from 1 to 99 (default 2), else an error naming it. */
export function notebookJobs(value: string | undefined): number {
  if (value === undefined || value === "") return 2;
  if (!/^[1-9][0-9]?$/.test(value))
    throw new Error(`MIGRATIE_NOTEBOOK_JOBS must be a whole number from 1 to 99, not "${value}"`);
  return Number(value);
}

/** JUPYTER when set (it must be a command that exists), else Debian's /usr/bin/jupyter, else `jupyter` on PATH. */
export function jupyterCommand(value: string | undefined, exists: (p: string) => boolean = fs.existsSync): string {
  if (value) {
    const onPath = value.includes("/")
      ? [value]
      : (process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, value));
    if (!onPath.some(exists)) throw new Error(`JUPYTER=${value}: not an executable command`);
    return value;
  }
  return exists("/usr/bin/jupyter") ? "/usr/bin/jupyter" : "jupyter";
}

/** The committed kernelspec (jupyter/) and tslab (node_modules/.bin) for the kernel Jupyter starts. */
export function kernelEnv(root: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    JUPYTER_PATH: path.join(root, "jupyter"),
    PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${env.PATH ?? ""}`,
  };
}

/**
 * The runner's kernels also draw each figure's static image (MIGRATIE_NOTEBOOK_IMAGES=1, unless
 * set): the executed notebooks and pages are handed out, and a viewer without JavaScript shows it.
 */
export function runnerEnv(root: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIGRATIE_NOTEBOOK_IMAGES: "1", ...kernelEnv(root, env) };
}

/** Every edition's notebooks: the students' (Dutch, English), then the teachers' solutions. */
export function editionNotebooks(root: string): string[] {
  const order = [...EDITIONS].sort((a, b) => Number(a.solutions) - Number(b.solutions));
  const folders = order.map((e) => path.join(root, "notebooks", editionFolder(e)));
  return folders.flatMap((d) =>
    fs.existsSync(d)
      ? fs
          .readdirSync(d)
          .filter((n) => /^fig\d.*\.ipynb$/.test(n))
          .sort()
          .map((n) => path.join(d, n))
      : [],
  );
}

async function main() {
  const program = new Command()
    .name("notebooks")
    .description(
      "Execute the notebooks headless: out/notebooks/ (Dutch), out/en/notebooks/ (English), out/solutions/ and out/en/solutions/",
    )
    .option("--force", "run every notebook, also those up to date")
    .argument(
      "[notebooks...]",
      "notebooks to run (default: every edition, notebooks/{nl,en}/ and notebooks/solutions/{nl,en}/)",
    )
    .parse();
  const o = program.opts<{ force?: boolean }>();
  const root = projectRoot();
  const given = program.args.map((a) => path.resolve(a));
  const notebooks = given.length ? given : editionNotebooks(root);
  for (const nb of notebooks) if (!fs.existsSync(nb)) throw new Error(`${nb}: no such notebook`);
  const jobs = notebookJobs(process.env.MIGRATIE_NOTEBOOK_JOBS);
  prepareOutFolder(defaultOutDir(), "MIGRATIE_OUT"); // an output folder of this package (or new), as for npm run figures
  const start = performance.now();
  // Interrupted: stop the running notebooks (and their kernels) and say so; they keep no stamp, so they run again next time.
  const signals: [NodeJS.Signals, number][] = [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ];
  for (const [sig, n] of signals) {
    process.on(sig, () => {
      const stopped = stopRunning();
      process.stderr.write(
        `npm run notebooks interrupted by ${sig}: ${stopped} running notebook(s) stopped; they run again next time\n`,
      );
      process.exit(128 + n);
    });
  }
  const results = await runNotebooks({
    root,
    notebooks,
    outDir: defaultOutDir(),
    jupyter: jupyterCommand(process.env.JUPYTER),
    jobs,
    force: Boolean(o.force),
    env: runnerEnv(root, process.env),
    log: (l) => process.stdout.write(terminalText(l) + "\n"),
  });
  const failed = results.filter((r) => r.status === "failed").length;
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  process.stdout.write(
    `${results.length} notebooks, ${failed} failed (${seconds} s, ${jobs} at a time) -> ${path.relative(root, defaultOutDir()) || "."}/\n`,
  );
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 2;
  });
}
