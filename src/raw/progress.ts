// Progress for fetches: a bar on a terminal, one line per source otherwise (CI logs).
import { SingleBar } from "cli-progress";
import type { Source } from "../catalog/sources";
import type { FetchOptions, FetchOutcome } from "./fetch";

export function progressHandlers(stream: NodeJS.WriteStream = process.stderr): Pick<FetchOptions, "onStart" | "onDone"> & { stop(): void } {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  const bar = tty ? new SingleBar({ stream, format: " {bar} {value}/{total} {source}", hideCursor: true }) : undefined;
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
      if (!bar || o.status === "failed" || o.status === "missing") {
        stream.write(`  ${o.status.padEnd(10)} ${o.source.file}${o.message ? `  ${o.message}` : ""}\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
