// Throughput of the value reader on the real fixture strings (loose floors: the machine is shared and may be busy).
import { clearParseCache, parseValue } from "../../../src/core/parse";
import type { ParseContext } from "../../../src/core/parse/types";
import { SEED_NAMES, seed } from "../../helpers/fixtures";

const cells: [string | number, ParseContext][] = [];
for (const name of SEED_NAMES) {
  for (const r of seed(name).rows) {
    cells.push([r.target, { tableYear: 2021 }]);
    if (r.actual !== undefined) cells.push([r.actual, { tableYear: 2021 }]);
  }
}
cells.push(
  [0.768, { numFmt: "0.00%" }],
  [99.49, { unitColumn: "%", comparatorColumn: "大于等于" }],
  ["30多", { unitColumn: "万人次" }],
);

function perSecond(n: number, fn: (i: number) => void): number {
  for (let i = 0; i < 5000; i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

test("warm (memo hits) reads at least 1,000,000 cells/s; cold at least 50,000 cells/s", () => {
  const warm = perSecond(300000, (i) => parseValue(cells[i % cells.length][0], cells[i % cells.length][1]));
  const cold = perSecond(30000, (i) => {
    clearParseCache();
    parseValue(cells[i % cells.length][0], cells[i % cells.length][1]);
  });
  expect(cells.length).toBe(150);
  expect(warm).toBeGreaterThan(1_000_000);
  expect(cold).toBeGreaterThan(50_000);
});
