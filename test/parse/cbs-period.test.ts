import { describe, expect, it } from "vitest";
import { parseCbsPeriod } from "../../src/parse/cbs-period";

describe("parseCbsPeriod", () => {
  it("reads years, quarters and months", () => {
    expect(parseCbsPeriod("1995JJ00")).toEqual({ key: "1995JJ00", year: 1995, frequency: "year", number: 0 });
    expect(parseCbsPeriod("2013KW04")).toEqual({ key: "2013KW04", year: 2013, frequency: "quarter", number: 4 });
    expect(parseCbsPeriod("2025MM02")).toEqual({ key: "2025MM02", year: 2025, frequency: "month", number: 2 });
  });
  it("trims padding", () => {
    expect(parseCbsPeriod(" 2024JJ00  ").year).toBe(2024);
  });
  it("refuses keys that are not CBS periods, naming the key", () => {
    expect(() => parseCbsPeriod("2024")).toThrow(/"2024"/);
    expect(() => parseCbsPeriod("2024MM13")).toThrow(/impossible month/);
    expect(() => parseCbsPeriod("2024KW05")).toThrow(/impossible quarter/);
    expect(() => parseCbsPeriod("2024JJ01")).toThrow(/impossible year/);
  });
});
