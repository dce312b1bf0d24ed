// The one Markdown cell escaper (audit.md, diff.md, the notebooks' tables).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownCell } from "../../src/outputs/markdown";

describe("markdownCell", () => {
  it("escapes | and backslash, so a cell keeps its columns", () => {
    expect(markdownCell("a | b")).toBe("a \\| b");
    expect(markdownCell("a \\| b")).toBe("a \\\\\\| b");
    expect(markdownCell("C:\\raw")).toBe("C:\\\\raw");
  });
  it("writes a newline (with the spaces around it) as one space, so a row stays one line", () => {
    expect(markdownCell("first line\n  second\r\nthird\u2028fourth")).toBe("first line second third fourth");
  });
  it("escapes < and entity-like &, so HTML in a title is shown and not rendered", () => {
    expect(markdownCell('<img src=x onerror="alert(1)">Bevolking')).toBe('&lt;img src=x onerror="alert(1)">Bevolking');
    expect(markdownCell("&lt;b&gt; &#60; &amp;")).toBe("&amp;lt;b&amp;gt; &amp;#60; &amp;amp;");
    expect(markdownCell("A & B, A > B")).toBe("A & B, A > B");
  });
  it("drops control characters and ANSI escape sequences", () => {
    expect(markdownCell("\x1b[31mrood\x1b[0m\x00\x07 tekst")).toBe("rood tekst");
  });
  it("takes numbers and missing values", () => {
    expect(markdownCell(1.5)).toBe("1.5");
    expect(markdownCell(null)).toBe("");
    expect(markdownCell(undefined)).toBe("");
  });
  it("never yields a newline, an unescaped |, a < or a control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const c = markdownCell(s);
        expect(c).not.toMatch(/[\n\r\u2028\u2029<\x00-\x08\x0b-\x1f\x7f-\x9f]/);
        // every | is preceded by an odd number of backslashes
        for (const m of c.matchAll(/(\\*)\|/g)) expect(m[1].length % 2).toBe(1);
      }),
    );
  });
});
