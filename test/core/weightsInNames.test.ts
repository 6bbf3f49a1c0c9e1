// Weights printed in names, no 分值 column: a level-3 name's own points (培训人次（20分）) are its weight; a level-2
// label's points (数量指标（20分）) are divided among its rows; a level-1 label's among the rows still without one, less
// what the rows below it already took. Each source is said (WEIGHTS_FROM_NAMES, WEIGHTS_FROM_BLOCKS).
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import type { CellValue } from "../../src/core/grid";

const profile = builtInProfile("central-2020")!;
const HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"];
const grid = (rows: CellValue[][], header: CellValue[] = HEADER): WorkbookGrid => ({
  name: "t.xlsx",
  sheets: [
    {
      name: "S",
      values: [["2021年度项目支出绩效自评表"], header, ...rows, ["总分"]],
      merges: [],
      origin: { row: 0, col: 0 },
    },
  ],
});
const scored = (g: WorkbookGrid) => {
  const t = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx" }).report.tables[0];
  const said = (code: string) => t.findings.filter((f) => f.code === code).map((f) => f.message);
  return { t, weights: t.indicators.map((i) => i.weight), said };
};
const met = (level1: string | null, level2: string | null, level3: string): CellValue[] => [
  level1,
  level2,
  level3,
  "≥10次",
  "10次",
  null,
  null,
];

describe("a level-3 name's own points", () => {
  test("are the rows' weights (were an equal share of the block's: 25 / 25 for 20 / 30)", () => {
    const { t, weights, said } = scored(
      grid([
        met("产出指标（50分）", "数量指标", "培训人次（20分）"),
        met(null, "质量指标", "合格率（30分）"),
        met("效益指标（50分）", "社会效益指标", "群众知晓率（50分）"),
      ]),
    );
    expect(weights).toEqual([20, 30, 50]);
    expect(t.total).toBe(100);
    expect(said("WEIGHTS_FROM_NAMES")).toEqual([
      "3项指标的分值取自三级指标名称中注明的分值（如“培训人次（20分）”），请核对",
    ]);
    expect(said("WEIGHTS_FROM_BLOCKS")).toEqual([]);
  });

  test("make a table without block labels scorable (was check-only: no weights anywhere)", () => {
    const { t, weights } = scored(
      grid([met("产出指标", "数量指标", "培训人次（60分）"), met("效益指标", "社会效益指标", "知晓率(40分)")]),
    );
    expect(weights).toEqual([60, 40]);
    expect(t.total).toBe(100);
    expect(t.findings.some((f) => f.code === "WEIGHT_MISSING")).toBe(false);
  });

  test("leave the rest of their block to the rows without points", () => {
    const { weights, said } = scored(
      grid([
        met("产出指标（50分）", "数量指标", "培训人次（20分）"),
        met(null, "质量指标", "合格率"),
        met(null, "时效指标", "完成及时率"),
        met("效益指标（50分）", "社会效益指标", "群众知晓率"),
      ]),
    );
    expect(weights).toEqual([20, 15, 15, 50]);
    expect(said("WEIGHTS_FROM_BLOCKS")).toEqual([
      "产出指标50分中未在指标名称注明的30分平均分配给2项指标，每项15分，请核对",
      "效益指标50分平均分配给1项指标，每项50分，请核对",
    ]);
  });

  test("more than their block's points: the other rows get none (WEIGHT_MISSING), never a negative share", () => {
    const { t, weights } = scored(
      grid([met("产出指标（20分）", "数量指标", "培训人次（30分）"), met(null, "质量指标", "合格率")]),
    );
    expect(weights).toEqual([30, null]);
    expect(t.findings.filter((f) => f.code === "WEIGHT_MISSING").length).toBe(1);
  });

  test("a 分值 column decides; points in names are not read", () => {
    const header = [...HEADER.slice(0, 5), "分值", ...HEADER.slice(5)];
    const row = (l1: string | null, l3: string, w: number): CellValue[] => [l1, "数量指标", l3, "≥10次", "10次", w];
    const { weights, said } = scored(grid([row("产出指标", "培训人次（20分）", 50), row(null, "场次", 50)], header));
    expect(weights).toEqual([50, 50]);
    expect(said("WEIGHTS_FROM_NAMES")).toEqual([]);
  });
});

describe("a level-2 label's points", () => {
  test("are divided among its rows, and the level-1 block's rest among the others", () => {
    const { t, weights, said } = scored(
      grid([
        met("产出指标（50分）", "数量指标（20分）", "培训人次"),
        met(null, null, "培训场次"),
        met(null, "质量指标", "合格率"),
        met(null, null, "优良率"),
        met(null, null, "验收通过率"),
        met("效益指标（50分）", "社会效益指标", "群众知晓率"),
      ]),
    );
    expect(weights).toEqual([10, 10, 10, 10, 10, 50]);
    expect(t.total).toBe(100);
    expect(said("WEIGHTS_FROM_BLOCKS")).toEqual([
      "数量指标20分平均分配给2项指标，每项10分，请核对",
      "产出指标50分中未在指标名称注明的30分平均分配给3项指标，每项10分，请核对",
      "效益指标50分平均分配给1项指标，每项50分，请核对",
    ]);
  });
});
