// Progress for fetches: a bar on a terminal, one line per source otherwise (CI logs).
// Optional sources that are missing (code lists, cross-checks, the family split) are summed up
// in one line at the end, so that the lines that matter stay readable.
import { SingleBar } from "cli-progress";
import type { Source } from "../catalog/sources";
import { envIsCI } from "../config";
import type { FetchOptions, FetchOutcome } from "./fetch";

export function progressHandlers(stream: NodeJS.WriteStream = process.stderr): Pick<FetchOptions, "onStart" | "onDone"> & { stop(): void } {
  const tty = Boolean(stream.isTTY) && !envIsCI();
  const bar = tty ? new SingleBar({ stream, format: " {bar} {value}/{total} {source}", hideCursor: true }) : undefined;
  const optionalMissing: FetchOutcome[] = [];
  return {
    onStart(s: Source, i: number, total: number) {
      if (bar && i === 0) bar.start(total, 0, { source: s.file });
      bar?.update(i, { source: s.file });
    },
    onDone(o: FetchOutcome, i: number, total: number) {
      if (bar) {
        bar.update(i + 1, { source: o.source.file });
        if (i + 1 === total) bar.stop();
      }
      if (o.status === "missing" && o.source.need === "optional") optionalMissing.push(o);
      else if (!bar || o.status === "failed" || o.status === "missing") {
        stream.write(`  ${o.status.padEnd(10)} ${o.source.file}${o.message ? `  ${o.message}` : ""}\n`);
      }
      if (i + 1 === total && optionalMissing.length) {
        const figures = [...new Set(optionalMissing.flatMap((m) => m.source.figures))].join(", ");
        stream.write(
          `  missing    ${optionalMissing.length} optional source(s) for ${figures} (extra detail; the figures say what they lack): ` +
            `${optionalMissing.map((m) => m.source.file).join(", ")}\n`,
        );
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
