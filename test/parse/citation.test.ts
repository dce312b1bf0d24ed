// How a source is cited and which data it was read from: English by default (sources.json, the
// notebooks, the CLIs), in the build's language when the outputs pass one (audit.md, index.html).
// The producer, code, title, URL and folders stay as they are in both.
import { describe, expect, it } from "vitest";
import { citationLine, dataLabel, LICENCES, type Citable } from "../../src/parse/citation";

const cbs: Citable = {
  provider: "CBS",
  code: "TEST01NED",
  title: "Synthetic table",
  url: "https://example.invalid/TEST01NED",
  retrieved: "2030-01-02T10:00:00Z",
  modified: "2030-01-01T00:00:00",
};
const eurostat: Citable = {
  provider: "Eurostat",
  code: "migr_test",
  title: "Synthetic dataset",
  url: "https://example.invalid/migr_test",
  retrieved: "2030-02-03T00:00:00Z",
  modified: "2030-02-01",
};

describe("citationLine", () => {
  it("is English by default, as sources.json has it", () => {
    expect(citationLine(cbs)).toBe(
      "CBS StatLine, TEST01NED Synthetic table, version 2030-01-01, retrieved 2030-01-02, https://example.invalid/TEST01NED, licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    );
    expect(citationLine(eurostat)).toBe(
      "Eurostat, migr_test Synthetic dataset, last update 2030-02-01, retrieved 2030-02-03, https://example.invalid/migr_test, reuse with acknowledgement of the source (https://ec.europa.eu/eurostat/web/main/help/copyright-notice)",
    );
    expect(citationLine({ ...cbs, modified: undefined })).toContain(", version not recorded, retrieved 2030-01-02,");
    expect(citationLine(cbs, "en")).toBe(citationLine(cbs));
    expect(LICENCES.CBS).toBe("licence CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)");
  });

  it("is Dutch in the Dutch outputs", () => {
    expect(citationLine(cbs, "nl")).toBe(
      "CBS StatLine, TEST01NED Synthetic table, versie 2030-01-01, opgehaald 2030-01-02, https://example.invalid/TEST01NED, licentie CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    );
    expect(citationLine(eurostat, "nl")).toBe(
      "Eurostat, migr_test Synthetic dataset, laatst bijgewerkt 2030-02-01, opgehaald 2030-02-03, https://example.invalid/migr_test, hergebruik met bronvermelding (https://ec.europa.eu/eurostat/web/main/help/copyright-notice)",
    );
    expect(citationLine({ ...cbs, modified: undefined }, "nl")).toContain(
      ", versie niet vastgelegd, opgehaald 2030-01-02,",
    );
  });
});

describe("dataLabel", () => {
  const live = { kind: "live" as const, folder: "/tmp/raw" };
  const mirror = { kind: "mirror" as const, folder: "/tmp/raw", mirror: "/mnt/mirror" };
  it("is English by default and Dutch when asked", () => {
    expect(dataLabel(live, "2030-01-02T10:00:00Z")).toBe("live download of 2030-01-02 (/tmp/raw)");
    expect(dataLabel(mirror, "2030-01-02")).toBe("copy of mirror /mnt/mirror in /tmp/raw");
    expect(dataLabel({ kind: "mirror", folder: "/mnt/mirror", mirror: "/mnt/mirror" }, "2030-01-02")).toBe(
      "mirror /mnt/mirror",
    );
    expect(dataLabel(live, "2030-01-02T10:00:00Z", "nl")).toBe("live download van 2030-01-02 (/tmp/raw)");
    expect(dataLabel(mirror, "2030-01-02", "nl")).toBe("kopie van mirror /mnt/mirror in /tmp/raw");
  });
});
