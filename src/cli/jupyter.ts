// npm run jupyter [-- <options of jupyter notebook, e.g. --port 8899>]
// Opens the notebooks in Jupyter (Debian's classic Notebook) with the committed tslab kernelspec,
// `npm run build` having built the package the notebooks import. As root (containers, CI) it passes
// --allow-root, which Jupyter otherwise demands and refuses to start without.
import { spawn } from "node:child_process";
import * as path from "node:path";
import { terminalText } from "../io/text";
import { projectRoot } from "../paths";
import { jupyterCommand, kernelEnv } from "./notebooks";

/**
 * The arguments of `jupyter notebook`: the notebooks folder, --allow-root for root, and a file list
 * that shows the notebooks only (not notebooks/node_modules, the link to this package, nor
 * notebooks/source, the one source the editions are generated from).
 */
export function jupyterArgs(root: string, uid: number, extra: string[]): string[] {
  return [
    "notebook",
    `--notebook-dir=${path.join(root, "notebooks")}`,
    "--ContentsManager.hide_globs=['node_modules', 'source', '__pycache__', '*.pyc', '.ipynb_checkpoints', '*~']",
    ...(uid === 0 && !extra.includes("--allow-root") ? ["--allow-root"] : []),
    ...extra,
  ];
}

function main() {
  const root = projectRoot();
  const args = jupyterArgs(root, process.getuid?.() ?? -1, process.argv.slice(2));
  const child = spawn(jupyterCommand(process.env.JUPYTER), args, {
    cwd: root,
    env: kernelEnv(root, process.env),
    stdio: "inherit",
  });
  // Ctrl-C reaches Jupyter itself (same terminal); it asks to confirm, a second Ctrl-C stops it.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => child.kill("SIGINT"));
  child.on("error", (e) => {
    process.stderr.write(`ERROR ${terminalText(e.message)}\n`);
    process.exitCode = 1;
  });
  child.on("close", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 2;
  }
}
