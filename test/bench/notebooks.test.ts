// Cell timings from an executed notebook (nbclient's execution metadata).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cellTimings, freshRunParts } from "../../bench/lib/notebooks";

describe("cellTimings", () => {
  it("reads each code cell's busy-to-idle time, its first line and whether it failed", () => {
    const nb = {
      cells: [
        { cell_type: "markdown", source: "# Titel", metadata: {} },
        {
          cell_type: "code",
          source: ["// comment\n", 'import * as x from "y";\n'],
          metadata: {
            execution: {
              "iopub.status.busy": "2026-01-01T10:00:00.000Z",
              "iopub.status.idle": "2026-01-01T10:00:01.250Z",
            },
          },
          outputs: [],
        },
        { cell_type: "code", source: "boom()", metadata: {}, outputs: [{ output_type: "error" }] },
      ],
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-nb-")), "x.ipynb");
    fs.writeFileSync(file, JSON.stringify(nb));
    const cells = cellTimings(file);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toEqual({ label: 'import * as x from "y";', ms: 1250, failed: false });
    expect(cells[1].failed).toBe(true);
    expect(cells[1].ms).toBeNaN();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe("freshRunParts", () => {
  it("splits a Run All into kernel start, first cell, the rest and what follows the last cell", () => {
    const at = (s: number) => new Date(Date.parse("2026-01-01T10:00:00.000Z") + s * 1000).toISOString();
    const cell = (busy: number, idle: number) => ({
      cell_type: "code",
      source: "1",
      metadata: { execution: { "iopub.status.busy": at(busy), "iopub.status.idle": at(idle) } },
    });
    const nb = {
      cells: [{ cell_type: "markdown", source: "# x", metadata: {} }, cell(3, 4.5), cell(4.6, 5), cell(5.1, 5.2)],
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-nb-")), "x.ipynb");
    fs.writeFileSync(file, JSON.stringify(nb));
    const parts = freshRunParts(file, Date.parse("2026-01-01T10:00:00.000Z"), 6000);
    expect(parts.kernelStartMs).toBe(3000);
    expect(parts.firstCellMs).toBe(1500);
    expect(parts.restMs).toBeCloseTo(500, 6);
    expect(parts.afterMs).toBeCloseTo(1000, 6);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
