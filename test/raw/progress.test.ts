// Fetch progress off a terminal: one line per source, optional missing sources summed up, and
// messages from servers or files without control characters.
import { describe, expect, it } from "vitest";
import { SOURCES } from "../../src/catalog/sources";
import { progressHandlers } from "../../src/raw/progress";

function fakeStream() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => (lines.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => lines.join("") };
}

describe("progressHandlers", () => {
  const required = SOURCES.find((s) => s.need === "required")!;
  const optional = SOURCES.filter((s) => s.need === "optional").slice(0, 2);

  it("writes a line per source and one line for the optional ones that are missing", () => {
    const { stream, text } = fakeStream();
    const p = progressHandlers(stream);
    const outcomes = [
      { source: required, status: "copied" as const },
      ...optional.map((source) => ({ source, status: "missing" as const, message: "not in the mirror" })),
    ];
    outcomes.forEach((o, i) => {
      p.onStart?.(o.source, i, outcomes.length);
      p.onDone?.(o, i, outcomes.length);
    });
    expect(text()).toBe(
      `  copied     ${required.file}\n` +
        `  missing    2 optional source(s) for ${[...new Set(optional.flatMap((s) => s.figures))].join(", ")} (extra detail; the figures say what they lack): ` +
        `${optional.map((s) => s.file).join(", ")}\n`,
    );
  });

  it("drops ANSI sequences and control characters from a failure's message", () => {
    const { stream, text } = fakeStream();
    const p = progressHandlers(stream);
    p.onDone?.({ source: required, status: "failed", message: "HTTP 503 \x1b[2J\x1b]0;title\x07<html>\rbody" }, 0, 1);
    expect(text()).toBe(`  failed     ${required.file}  HTTP 503 <html>body\n`);
  });
});
