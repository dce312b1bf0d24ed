// The raw store (its atomic writes build on io/atomic-write.ts): a data file and its sidecar
// replaced together or not at all, leftovers of a killed fetch cleaned up, and every read refusing
// damaged files by name.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  RawDataError,
  readRaw,
  readSidecar,
  removeStaleTemps,
  sha256,
  sidecarPath,
  storeRaw,
  type Sidecar,
} from "../../src/raw/store";
import { CBS_DATA, leftovers, tempDir } from "../helpers/fetch-setup";

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sidecarFor(data: Buffer, extra: Partial<Sidecar> = {}): Sidecar {
  return {
    file: CBS_DATA.file,
    bytes: data.length,
    sha256: sha256(data),
    provider: "CBS",
    table: "90001TST",
    title: CBS_DATA.title,
    url: "https://opendata.cbs.nl/ODataApi/odata/90001TST/TypedDataSet",
    format: "cbs-odata-v3-json",
    retrieved: "2025-04-01T10:00:00Z",
    kind: "recorded",
    ...extra,
  };
}

describe("storeRaw", () => {
  it("stores a data file and a sidecar that verifies", () => {
    const data = Buffer.from('{"value":[]}');
    storeRaw(path.join(dir, CBS_DATA.file), data, sidecarFor(data));
    expect(readRaw(dir, CBS_DATA)!.bytes.equals(data)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it("puts the previous data file back when its sidecar cannot be replaced", () => {
    const target = path.join(dir, CBS_DATA.file);
    const old = Buffer.from("previous bytes");
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, old);
    // A folder where the sidecar should be: renaming the new sidecar onto it fails (EISDIR), after the data rename.
    fs.mkdirSync(path.join(sidecarPath(target), "blocker"), { recursive: true });
    const fresh = Buffer.from("new bytes");
    expect(() => storeRaw(target, fresh, sidecarFor(fresh))).toThrow(RawDataError);
    expect(() => storeRaw(target, fresh, sidecarFor(fresh))).toThrow(
      /TypedDataSet\.json: cannot store the download: .*the previous file \(if any\) is unchanged/,
    );
    expect(fs.readFileSync(target).equals(old)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it("leaves no data file behind when there was none and the sidecar cannot be written", () => {
    const target = path.join(dir, CBS_DATA.file);
    fs.mkdirSync(path.join(sidecarPath(target), "blocker"), { recursive: true });
    const fresh = Buffer.from("new bytes");
    expect(() => storeRaw(target, fresh, sidecarFor(fresh))).toThrow(/cannot store the download/);
    expect(fs.existsSync(target)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("removeStaleTemps", () => {
  it("removes temporary files of dead processes only", () => {
    fs.mkdirSync(path.join(dir, "cbs"));
    const dead = path.join(dir, "cbs", ".TypedDataSet.json.2147483646.0123abcd.tmp");
    const mine = path.join(dir, "cbs", `.TypedDataSet.json.${process.pid}.0123abcd.tmp`);
    fs.writeFileSync(dead, "partial");
    fs.writeFileSync(mine, "being written");
    expect(removeStaleTemps(dir)).toEqual([dead]);
    expect(fs.existsSync(mine)).toBe(true);
  });
});

describe("reading damaged files", () => {
  const target = () => path.join(dir, CBS_DATA.file);
  const write = (data: string, sidecar: string | object | undefined) => {
    fs.mkdirSync(path.dirname(target()), { recursive: true });
    fs.writeFileSync(target(), data);
    if (sidecar !== undefined)
      fs.writeFileSync(sidecarPath(target()), typeof sidecar === "string" ? sidecar : JSON.stringify(sidecar));
  };

  it("refuses a file without a sidecar", () => {
    write("{}", undefined);
    expect(() => readRaw(dir, CBS_DATA)).toThrow(/TypedDataSet\.json: no sidecar TypedDataSet\.json\.origin\.json/);
  });

  it("refuses a sidecar that is not JSON, naming the sidecar and how to repair", () => {
    write("{}", '{"sha256": "ab');
    expect(() => readRaw(dir, CBS_DATA)).toThrow(
      /TypedDataSet\.json\.origin\.json: sidecar is not valid JSON .*npm run fetch -- --only tst-90001TST-data/,
    );
  });

  it("refuses a sidecar without a usable checksum or size", () => {
    write("{}", { ...sidecarFor(Buffer.from("{}")), sha256: "not-a-sum" });
    expect(() => readSidecar(target())).toThrow(/origin\.json: field "sha256": expected a sha256 in hex/);
    write("{}", { ...sidecarFor(Buffer.from("{}")), bytes: -1 });
    expect(() => readSidecar(target())).toThrow(/origin\.json: field "bytes": expected a byte count >= 0/);
    write("{}", { ...sidecarFor(Buffer.from("{}")), url: undefined });
    expect(() => readSidecar(target())).toThrow(/origin\.json: field "url": missing/);
  });

  it("refuses a truncated file and a changed file", () => {
    const good = Buffer.from('{"value":[1,2,3]}');
    write(good.subarray(0, 8).toString(), sidecarFor(good));
    expect(() => readRaw(dir, CBS_DATA)).toThrow(
      /size 8 bytes differs from its sidecar \(17 bytes\): the file is truncated or was changed/,
    );
    write('{"value":[1,2,4]}', sidecarFor(good));
    expect(() => readRaw(dir, CBS_DATA)).toThrow(/sha256 [0-9a-f]{64} does not match its sidecar/);
  });
});
