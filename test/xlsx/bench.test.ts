// Timing of one full run on a real fixture: read + apply a scoring plan + zip (median of 20).
import { a1 } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan";
import { applyPlan, readXlsx } from "../../src/xlsx";
import { workbookBytes } from "../helpers/fixtures";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

test.each(["project-gansu-2021.xlsx", "foreign/project-gansu-2021-libreoffice.xlsx"])(
  "%s: read + apply + zip, median of 20",
  (name) => {
    const bytes = workbookBytes(name);
    const writes: CellWrite[] = [];
    for (let row = 10; row < 40; row++)
      writes.push({ sheet: "绩效自评表", row, col: 6, address: a1(row, 6), kind: "score", value: 3, numFmt: "0.00" });
    writes.push({ sheet: "绩效自评表", row: 40, col: 6, address: "G41", kind: "total", value: 96.88, numFmt: "0.00" });
    writes.push({
      sheet: "绩效自评表",
      row: 16,
      col: 7,
      address: "H17",
      kind: "mark",
      mark: { severity: "warning", note: "【绩效评分】请填写偏差原因" },
    });
    const times: number[] = [];
    let out: Uint8Array = new Uint8Array(0);
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      out = applyPlan(readXlsx(bytes, name), writes);
      if (i > 0) times.push(performance.now() - t0);
    }
    console.log(
      `${name}: read+apply+zip median ${median(times).toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, ${bytes.length} → ${out.length} bytes)`,
    );
    expect(readXlsx(out, "out.xlsx").grid.sheets[0].values[40][6]).toBe(96.88);
    expect(median(times)).toBeLessThan(250);
  },
);
