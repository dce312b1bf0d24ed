// Cell timings from an executed notebook (nbclient's execution metadata).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cellTimings } from "../../bench/lib/notebooks";

describe("cellTimings", () => {
  it("reads each code cell's busy-to-idle time, its first line and whether it failed", () => {
    const nb = {
      cells: [
        { cell_type: "markdown", source: "# Titel", metadata: {} },
        {
          cell_type: "code",
          source: ["// comment\n", "import * as x from \"y\";\n"],
          metadata: { execution: { "iopub.status.busy": "2026-01-01T10:00:00.000Z", "iopub.status.idle": "2026-01-01T10:00:01.250Z" } },
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
