// Data-derived text for the terminal: ANSI escape sequences and control characters dropped.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripControls, terminalText } from "../../src/io/text";

describe("stripControls", () => {
  it("drops colour, cursor, erase, window-title and hyperlink sequences, keeping the text", () => {
    expect(stripControls("\x1b[31mred\x1b[0m plain")).toBe("red plain");
    expect(stripControls("a\x1b[2K\x1b[1Ab")).toBe("ab");
    expect(stripControls("\x1b]0;pwned\x07title")).toBe("title");
    expect(stripControls("\x1b]8;;https://x.test\x1b\\link\x1b]8;;\x1b\\")).toBe("link");
    expect(stripControls("\x9b31mc1\x1bcreset")).toBe("c1reset");
    expect(stripControls("end\x1b")).toBe("end");
  });
  it("drops other control characters, carriage returns and bidi overrides; keeps tabs, newlines and non-ASCII", () => {
    expect(stripControls("a\x00b\x07c\x08d\x7fe\x85f")).toBe("abcdef");
    expect(stripControls("progress 10%\rDone")).toBe("progress 10%Done");
    expect(stripControls("line 1\r\nline 2\tcol")).toBe("line 1\nline 2\tcol");
    expect(stripControls("abc\u202edcba\u202c")).toBe("abcdcba");
    expect(stripControls("Bevolking; geslacht, leeftijd – België ≥ 5 €")).toBe(
      "Bevolking; geslacht, leeftijd – België ≥ 5 €",
    );
  });
  it("leaves no ESC or control character in any string, and changes nothing in plain text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(stripControls(s)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[\x20-\x7e\n\tàéëïöü€–]*$/), (s) => {
        expect(stripControls(s)).toBe(s);
      }),
    );
  });
});

describe("terminalText", () => {
  it("takes any value, as the CLIs print error messages", () => {
    expect(terminalText("CBS \x1b[1mtitle\x1b[0m")).toBe("CBS title");
    expect(terminalText(undefined)).toBe("");
    expect(terminalText(42)).toBe("42");
  });
});
