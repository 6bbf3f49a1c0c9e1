// The scorer against the published tables: every printed score and total of the seed cases.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import { seed as seedTable, type SeedName } from "../helpers/fixtures";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const score = (name: SeedName) => {
  const seed = seedTable(name);
  const plan = scoreWorkbook(seedGrid(seed), { mode: "score", profile, fileName: name });
  return { seed, plan, table: plan.report.tables[0] };
};

describe.each(["project-gansu-2021", "department-gansu-2021"] as const)("seed case %s", (name) => {
  const { seed, table } = score(name);

  test("one table, scored", () => {
    expect(table.mode).toBe("score");
    expect(table.indicators).toHaveLength(seed.rows.length);
  });

  test("every row gets its printed score", () => {
    const got = table.indicators.map((i) => [i.level3, i.score]);
    const want = seed.rows.map((r) => [r.level3, r.printedScore]);
    expect(got).toEqual(want);
  });

  test("funding score and total as printed", () => {
    expect(table.funding?.score).toBe(seed.funding!.printedScore);
    expect(table.total).toBe(seed.printedTotal);
    expect(table.grade).toBe("优");
  });
});

test("department: the findings the fixtures README names", () => {
  const { table } = score("department-gansu-2021");
  const codes = (n: string) => table.indicators.find((i) => i.level3 === n)!.findings;
  expect(codes("基本支出预算执行率")).toContain("NOT_MET_NO_REASON");
  expect(codes("项目支出预算执行率")).not.toContain("NOT_MET_NO_REASON"); // a reason is given in the seed
  expect(codes("为民办实事件数")).toContain("OVER_ACHIEVED");
  expect(codes("考察调研次数")).not.toContain("OVER_ACHIEVED"); // 24 vs 20 is exactly 20 % over: not more than θ
  expect(table.indicators.find((i) => i.level3 === "单位获奖情况")!.score).toBe(3);
});

test("project: 11 of 15 reports scores 2.20 with the formula in the message", () => {
  const { table } = score("project-gansu-2021");
  const row = table.indicators.find((i) => i.level3 === "形成调研报告数量")!;
  expect(row.score).toBe(2.2);
  expect(row.findings).not.toContain("NOT_MET_NO_REASON"); // the seed has the reason
});

test("targets-only seed: check-only with the review findings", () => {
  const { table } = score("targets-hengshui-2021-a");
  expect(table.mode).toBe("check-only");
  expect(table.kind).toBe("targets-only");
  expect(table.total).toBeNull();
  const codes = (n: string) => table.indicators.find((i) => i.level3 === n)!.findings;
  expect(codes("采购计划完成率")).toContain("DIRECTION_SUSPECT");
  expect(codes("召开会议次数")).toContain("QUANTITY_CAPPED");
  expect(codes("受训人均成本")).toEqual([]);
});
