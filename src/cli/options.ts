// The options `npm run figures` and `npm run audit` share, defined once: which figures, which
// language, which data, where the outputs go, and which claims fail the run (./fail-on.ts). Both
// CLIs read them with runOptions, so they refuse and fail alike.
import { Command, Option } from "commander";
import { checkLang, envLang } from "../config";
import { FIGURES, figureById } from "../figures/index";
import type { FigureModule } from "../figures/types";
import type { Lang } from "../i18n/index";
import { defaultOutDir } from "../paths";
import { resolveDataSource, type DataSource } from "../raw/data-source";
import { failOnOption, type FailOn } from "./fail-on";

export interface RunOptions {
  lang: Lang;
  /** The figures to build or audit: every figure, or those of --only. */
  modules: FigureModule[];
  /** --only: a partial run, which leaves claims.json, audit.md and index.html of the last whole run alone. */
  partial: boolean;
  data: DataSource;
  /** The output folder (Dutch outputs in it, English ones in its en/). */
  outDir: string;
  failOn: FailOn;
}

/** Adds the shared options to a command. */
export function addRunOptions(cmd: Command): Command {
  return cmd
    .option(
      "--lang <lang>",
      "nl: Dutch, the publication's language (default; out/); en: English (out/en/) (also $MIGRATIE_LANG)",
    )
    .option(
      "--only <figures...>",
      `only these (${FIGURES.map((f) => f.id).join(", ")}); a partial run prints their claims and leaves claims.json, audit.md and index.html of the last whole run as they are`,
    )
    .addOption(
      new Option(
        "--data <data>",
        "annex: the vintage shipped in data/annex-2025 (default); raw: live downloads in data/raw, missing files fetched (also $MIGRATIE_DATA)",
      ).choices(["annex", "raw"]),
    )
    .option("--mirror <dir>", "read this mirror instead of the shipped vintage (default: $MIGRATIE_MIRROR)")
    .option("--raw <dir>", "the raw folder for --data raw (default: $MIGRATIE_RAW or data/raw)")
    .option("--out <dir>", "output folder (default: $MIGRATIE_OUT or out)")
    .addOption(failOnOption());
}

/** The shared options as the run uses them, checked as the environment variables are. */
export function runOptions(o: {
  lang?: string;
  only?: string[];
  data?: string;
  mirror?: string;
  raw?: string;
  out?: string;
  failOn?: FailOn;
}): RunOptions {
  const modules = o.only ? [...new Set(o.only)].map(figureById) : FIGURES;
  return {
    lang: o.lang !== undefined ? checkLang(o.lang, "--lang") : envLang(), // MIGRATIE_LANG, checked the same way
    modules,
    partial: FIGURES.some((f) => !modules.includes(f)),
    data: resolveDataSource(o),
    outDir: o.out ?? defaultOutDir(),
    failOn: o.failOn ?? "error",
  };
}
