// Progress for fetches: a bar on a terminal, one line per source otherwise (CI logs).
// Optional sources that are missing (code lists, cross-checks, the family split) are summed up
// in one line at the end, so that the lines that matter stay readable.
import { SingleBar } from "cli-progress";
import type { Source } from "../catalog/sources";
import { terminalText } from "../io/text";
import { envIsCI } from "../config";
import type { FetchOptions, FetchOutcome } from "./fetch";

export function progressHandlers(
  stream: NodeJS.WriteStream = process.stderr,
): Pick<FetchOptions, "onStart" | "onDone"> & { stop(): void } {
  const tty = Boolean(stream.isTTY) && !envIsCI();
  const bar = tty ? new SingleBar({ stream, format: " {bar} {value}/{total} {source}", hideCursor: true }) : undefined;
  const optionalMissing: FetchOutcome[] = [];
  // Messages quote servers and files: no control characters reach the terminal.
  const write = (line: string) => stream.write(terminalText(line) + "\n");
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
        write(
          `  ${o.status.padEnd(10)} ${o.source.file}${o.bytes !== undefined ? ` (${formatBytes(o.bytes)})` : ""}${o.message ? `  ${o.message}` : ""}`,
        );
      }
      if (i + 1 === total && optionalMissing.length) {
        const figures = [...new Set(optionalMissing.flatMap((m) => m.source.figures))].join(", ");
        write(
          `  missing    ${optionalMissing.length} optional source(s) for ${figures} (extra detail; the figures say what they lack): ` +
            `${optionalMissing.map((m) => m.source.file).join(", ")}`,
        );
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

/** "12.5 kB": the size of a download, for the progress lines. */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
