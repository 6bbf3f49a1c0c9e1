// Property tests of the scorer (fast-check): bounds, monotonicity, exact totals, no throw on any text.
import fc from "fast-check";
import { builtInProfile, scoreWorkbook, type TableReport } from "../../src/core";
import { seedGrid, type SeedCase } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
type Row = SeedCase["rows"][number];

function table(rows: Row[], funding: SeedCase["funding"] = null): TableReport {
  const seed: SeedCase = { title: "2021年度项目支出绩效自评表", kind: "project", funding, rows };
  return scoreWorkbook(seedGrid(seed), { mode: "score", profile, fileName: "p.xlsx" }).report.tables[0];
}
const one = (target: string, actual: string, weight: number) =>
  table([{ level1: "产出指标", level2: "数量指标", level3: "培训人次", target, actual, weight }]).indicators[0];

const units = fc.constantFrom("次", "人次", "%", "万元", "篇", "");
const comparators = fc.constantFrom("≥", "≤", "=", ">", "<", "");
const amount = fc.integer({ min: 0, max: 100000 }).map((n) => n / 100);
const weight = fc.integer({ min: 1, max: 20 });

test("a score is never below 0 nor above its weight", () => {
  fc.assert(
    fc.property(comparators, amount, amount, units, weight, (c, a, b, u, w) => {
      const r = one(`${c}${a}${u}`, `${b}${u}`, w);
      if (r.score === null) return true;
      return r.score >= 0 && r.score <= w;
    }),
    { numRuns: 300 },
  );
});

test("a score is never below 0 nor above its weight, for completed values below zero and range targets too", () => {
  const signed = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);
  const target = fc.oneof(
    fc.tuple(comparators, amount).map(([c, a]) => `${c}${a}`),
    fc.tuple(amount, amount).map(([x, y]) => `${Math.min(x, y)}-${Math.max(x, y)}`),
  );
  fc.assert(
    fc.property(target, signed, units, weight, (t, b, u, w) => {
      const r = one(`${t}${u}`, `${b}${u}`, w);
      return r.score === null || (r.score >= 0 && r.score <= w);
    }),
    { numRuns: 300 },
  );
});

test("a higher completed value never scores less under ≥, never more under ≤", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100000 }), amount, amount, weight, (a, b1, b2, w) => {
      const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
      const up = [one(`≥${a / 100}次`, `${lo}次`, w).score!, one(`≥${a / 100}次`, `${hi}次`, w).score!];
      const down = [one(`≤${a / 100}次`, `${lo}次`, w).score!, one(`≤${a / 100}次`, `${hi}次`, w).score!];
      return up[0] <= up[1] && down[0] >= down[1];
    }),
    { numRuns: 200 },
  );
});

test("the total is exactly the funding score plus the rounded row scores", () => {
  const rowArb = fc.record({
    a: fc.integer({ min: 1, max: 500 }),
    b: fc.integer({ min: 0, max: 700 }),
    w: fc.integer({ min: 1, max: 9 }),
  });
  fc.assert(
    fc.property(
      fc.array(rowArb, { minLength: 1, maxLength: 25 }),
      // budget and executed less than a thousand times apart (further apart they are in two units: not scored)
      fc.integer({ min: 2, max: 999 }),
      fc.integer({ min: 0, max: 1200 }),
      (rows, budget, executed) => {
        const t = table(
          rows.map((r, i) => ({
            level1: "产出指标",
            level2: "数量指标",
            level3: `指标${i}次数`,
            target: `≥${r.a / 7}次`,
            actual: `${r.b / 3}次`,
            weight: r.w,
            reason: "原因",
          })),
          { budget, executed, weight: 10, printedScore: 0 },
        );
        const parts =
          Math.round(t.funding!.score * 100) + t.indicators.reduce((s, i) => s + Math.round(i.score! * 100), 0);
        return (
          t.total === parts / 100 &&
          Number.isInteger(Math.round(t.total * 100)) &&
          String(t.total).split(".")[1]?.length !== 3
        );
      },
    ),
    { numRuns: 150 },
  );
});

test("scoring never throws on arbitrary text in target, completed value and weight cells", () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.constantFrom("——", "#DIV/0!", "≥", "1,0,0", "一百二十万", "12月底前", "/", "约"),
  );
  fc.assert(
    fc.property(text, text, text, (t, a, w) => {
      const seed: SeedCase = {
        title: "自评表",
        kind: "project",
        funding: null,
        rows: [{ level1: "产出指标", level2: "数量指标", level3: "x", target: t, actual: a, weight: null }],
      };
      const g = seedGrid(seed);
      g.sheets[0].values[10][5] = w;
      const plan = scoreWorkbook(g, { mode: "score", profile, fileName: "x.xlsx" });
      return plan.report.tables.length === 1;
    }),
    { numRuns: 400 },
  );
});
