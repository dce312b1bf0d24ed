// Summaries of the benchmark's samples: median with min and max, and their formatting.
import { describe, expect, it } from "vitest";
import { fmtBytes, fmtMs, fmtSummary, Samples, summarize } from "../../bench/lib/stats";

describe("summarize", () => {
  it("gives the median, min and max of odd and even counts", () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(summarize([])).toBeUndefined();
  });
});

describe("Samples", () => {
  it("keeps each series in run order, the first run apart", () => {
    const s = new Samples();
    s.add("parse", 9);
    s.add("parse", 2);
    s.add("parse", 3);
    expect(s.first("parse")).toBe(9);
    expect(s.get("parse")?.median).toBe(3);
    expect(s.get("absent")).toBeUndefined();
  });
});

describe("formatting", () => {
  it("writes milliseconds, seconds and bytes readably", () => {
    expect(fmtMs(1.234)).toBe("1.23 ms");
    expect(fmtMs(123.4)).toBe("123.4 ms");
    expect(fmtMs(12345)).toBe("12.35 s");
    expect(fmtBytes(2048)).toBe("2.0 KiB");
    expect(fmtSummary({ median: 2, min: 1, max: 3, n: 3 })).toBe("2.00 ms (1.00 ms – 3.00 ms)");
    expect(fmtSummary(undefined)).toBe("not measured");
  });
});
