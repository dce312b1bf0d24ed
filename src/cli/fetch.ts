// npm run fetch [-- --mirror <dir>] [--refresh] [--only <figure or source ids>]
// Downloads every catalogued source into data/raw/ (or copies it from a mirror, verified).
import { Command } from "commander";
import { SOURCES, sourcesForFigure, sourceById, type Source } from "../catalog/sources";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { terminalText } from "../io/text";
import { checkDir } from "../config";
import { defaultRawDir, mirrorFromEnv } from "../paths";
import { fetchSources } from "../raw/fetch";
import { progressHandlers } from "../raw/progress";
import { startRun } from "../outputs/run-guard";
import { FIGURES, figureById } from "../figures/index";

export function selectSources(only: string[] | undefined): Source[] {
  if (!only?.length) return SOURCES;
  const picked = new Set<Source>();
  for (const id of only) {
    if (/^fig\d+$/.test(id)) {
      // unknown figure ids get the list of valid ones
      sourcesForFigure(figureById(id).id).forEach((s) => picked.add(s));
    } else if (SOURCES.some((s) => s.id === id)) picked.add(sourceById(id));
    else {
      throw new Error(
        `Unknown figure or source id "${id}". Figures: ${FIGURES.map((f) => f.id).join(", ")}. Sources: ${SOURCES.map((s) => s.id).join(", ")}`,
      );
    }
  }
  return SOURCES.filter((s) => picked.has(s));
}

async function main() {
  const program = new Command()
    .name("fetch")
    .description("Download every catalogued CBS and Eurostat source into data/raw/, or copy it from a mirror")
    .option("--mirror <dir>", "copy from this mirror instead of downloading (default: $MIGRATIE_MIRROR)")
    .option("--raw <dir>", "raw data folder (default: $MIGRATIE_RAW or data/raw)")
    .option("--refresh", "download again even when the producer's table has not changed")
    .option("--only <ids...>", `figures (${FIGURES.map((f) => f.id).join(", ")}) or source ids`)
    .parse();
  const o = program.opts<{ mirror?: string; raw?: string; refresh?: boolean; only?: string[] }>();
  const mirror = o.mirror ? checkDir(o.mirror, "--mirror", { mustExist: true }) : mirrorFromEnv();
  const rawDir = o.raw ?? defaultRawDir();
  const sources = selectSources(o.only);
  // Messages quote servers and files: no control characters reach the terminal.
  const log = (l: string) => process.stderr.write(terminalText(l) + "\n");
  // One run per raw folder (a build never reads files this fetch is replacing); Ctrl-C leaves no .tmp.
  startRun({ rawDir, log });
  log(`${mirror ? `Copying from mirror ${mirror}` : "Downloading live"} into ${rawDir} (${sources.length} sources)`);
  const progress = progressHandlers();
  const outcomes = await fetchSources(sources, {
    rawDir,
    mirror,
    content: OFFICIAL_FORMATS,
    refresh: o.refresh,
    ...progress,
    // A retry is worth a line: the user sees why the fetch is slow (429, 503, timeouts).
    http: { onRetry: (r) => log(`  retry ${r.attempt} in ${Math.round(r.waitMs / 1000)} s: ${r.url}: ${r.reason}`) },
  });
  const count = (st: string) => outcomes.filter((x) => x.status === st).length;
  log(
    `Done: ${count("downloaded")} downloaded, ${count("up-to-date")} up to date, ${count("copied")} copied, ` +
      `${count("unchanged")} unchanged, ${count("missing")} missing, ${count("failed")} failed`,
  );
  const failed = outcomes.filter((x) => x.status === "failed");
  for (const f of failed) log(`ERROR ${f.message}`);
  const missingRequired = outcomes.filter((x) => x.status === "missing" && x.source.need === "required");
  for (const m of missingRequired) {
    log(`NEEDS DATA ${m.source.figures.join(", ")}: ${m.message}`);
  }
  process.exitCode = failed.length ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`ERROR ${terminalText((e as Error).message)}\n`);
    process.exitCode = 1;
  });
}
