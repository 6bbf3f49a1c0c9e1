// A funding block read from its part rows (spec §1 "Funding block variants", §4). A block of parts alone (财政拨款 |
// 其他资金, no 年度资金总额 row) was dropped without a word: 90 of 90 points, 优, only WEIGHTS_NOT_FULL. Parts with their
// own 分值 under a total row without one were ignored: the total's rate at the profile's 10 points. Now the parts' sums
// stand for the missing total, a single 分值 is the block's, two or more are the parts' own, each said.
import { builtInProfile, scoreWorkbook, type Plan, type WorkbookGrid } from "../../src/core";
import { cellAt, type CellValue, type SheetGrid } from "../../src/core/grid";
import { PROJECT_HEADER } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** Two indicators met: 90 of 90 points. */
const INDICATORS: CellValue[][] = [
  ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 45, null, null],
  ["效益指标", "社会效益指标", "合格率", "≥95%", "96%", 45, null, null],
];
/** A part or total row: its label, budget, executed figure and 分值 (null: empty). */
type Row = [string, number, number, number | null];
interface Shape {
  /** A 执行率 column. */
  rate: boolean;
  /** The block's label left of its header (项目资金（万元）, 预算执行情况（10分）). */
  label?: string;
  /** A 分值 column (else the block's points are in its label). */
  weight?: boolean;
}

/** Columns of the block: A its label, B the rows' labels, C 年初预算数, D 全年预算数, E 全年执行数, then 分值, 执行率 and
 *  得分 as the shape has them. */
function block(rows: Row[], shape: Shape): CellValue[][] {
  const withWeight = shape.weight !== false;
  const head = [
    "年初预算数",
    "全年预算数",
    "全年执行数",
    ...(withWeight ? ["分值"] : []),
    ...(shape.rate ? ["执行率"] : []),
  ];
  const out: CellValue[][] = [[shape.label ?? "项目资金（万元）", null, ...head, "得分"]];
  for (const [label, budget, executed, weight] of rows)
    out.push([
      null,
      label,
      budget,
      budget,
      executed,
      ...(withWeight ? [weight] : []),
      ...(shape.rate ? [null] : []),
      null,
    ]);
  return out;
}
/** Title, the block (rows 2…), a blank row, the indicator header and rows, and the 总分 row. */
function sheetOf(funding: CellValue[][]): SheetGrid {
  const total: CellValue[] = ["总分", null, null, null, null, 100, null, null];
  const values = [["2021年度项目支出绩效自评表"], ...funding, [], [...PROJECT_HEADER], ...INDICATORS, total];
  return { name: "自评表", values, merges: [], origin: { row: 0, col: 0 } };
}
const scored = (sheet: SheetGrid, lang: "zh" | "en" = "zh") => {
  const g: WorkbookGrid = { name: "t.xlsx", sheets: [sheet] };
  const plan: Plan = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang });
  const t = plan.report.tables[0];
  const said = (code: string) => t.findings.filter((f) => f.code === code).map((f) => `${f.cell}: ${f.message}`);
  const values = plan.writes.filter((w) => w.value !== undefined);
  // no label or text cell is written over
  for (const w of values) expect(typeof cellAt(sheet, w.row, w.col) === "string").toBe(false);
  const written = values.filter((w) => w.kind.startsWith("funding")).map((w) => `${w.address} ${w.value}`);
  return { t, said, written, total: values.find((w) => w.kind === "total")?.value };
};
/** The letters of the 执行率 and 得分 columns (no 执行率 column: "", its writes dropped by `withRate`). */
const cols = (shape: Shape) => (shape.rate ? ["G", "H"] : ["", "G"]);
/** The writes expected, those of a rate dropped when the block has no 执行率 column. */
const withRate = (writes: string[]) => writes.filter((w) => !/^\d/.test(w));

describe("a block of parts without a 年度资金总额 row", () => {
  const LABELS = [
    ["财政拨款", "其他资金"],
    ["当年财政拨款", "其他资金"],
    ["其中：财政拨款", "其他资金"],
  ];
  const SHAPES: Shape[] = [{ rate: true }, { rate: false }];

  describe.each(SHAPES)("%o", (shape) => {
    const [rate, score] = cols(shape);
    test.each(LABELS)("the 分值 on the first part (%s, %s) is the block's, on the parts' sums: 9.7", (a, b) => {
      const { t, said, written, total } = scored(
        sheetOf(
          block(
            [
              [a, 80, 78, 10],
              [b, 20, 19, null],
            ],
            shape,
          ),
        ),
      );
      expect(t.funding).toEqual({ budget: 100, executed: 97, rate: 0.97, weight: 10, score: 9.7 });
      expect([t.total, t.grade, total]).toEqual([99.7, "优", 99.7]);
      expect(said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
        `${score}3: 资金情况没有年度资金总额行，按${a}、${b}合计计算执行率97%，分值取“${a}”行的10分，得9.70分；请核对`,
      );
      // the block's rate and score beside its 分值; the other part's row is not written
      expect(written).toEqual(withRate([`${rate}3 0.97`, `${score}3 9.7`]));
      expect(t.findings.map((f) => f.code)).not.toContain("WEIGHTS_NOT_FULL");
    });

    test.each(LABELS)("a 分值 on each part (%s, %s): each scored by its own rate, the block their sum", (a, b) => {
      const { t, said, written } = scored(
        sheetOf(
          block(
            [
              [a, 80, 78, 5],
              [b, 20, 19, 5],
            ],
            shape,
          ),
        ),
      );
      // 5 × 78/80 = 4.875 → 4.88, 5 × 19/20 = 4.75
      expect(t.funding).toEqual({ budget: 100, executed: 97, rate: 0.97, weight: 10, score: 9.63 });
      expect([t.total, t.grade]).toEqual([99.63, "优"]);
      expect(said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
        `${score}3: 资金情况按各项资金各自的分值和执行率计分：${a}5分得4.88分，${b}5分得4.75分，合计9.63分；请核对`,
      );
      expect(written).toEqual(withRate([`${rate}3 0.975`, `${score}3 4.88`, `${rate}4 0.95`, `${score}4 4.75`]));
    });
  });

  test("three parts, 上年结转资金 without a 分值 between two with one: it is not scored, and said", () => {
    const rows: Row[] = [
      ["当年财政拨款", 80, 78, 6],
      ["上年结转资金", 10, 10, null],
      ["其他资金", 20, 15, 4],
    ];
    const { t, said, written } = scored(sheetOf(block(rows, { rate: true })));
    // 6 × 78/80 = 5.85, 4 × 15/20 = 3
    expect(t.funding).toEqual({ budget: 100, executed: 93, rate: 0.93, weight: 10, score: 8.85 });
    expect(t.total).toBe(98.85);
    expect(said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
      "H3: 资金情况按各项资金各自的分值和执行率计分：当年财政拨款6分得5.85分，其他资金4分得3.00分，合计8.85分；" +
        "上年结转资金未设分值，未计分；请核对",
    );
    expect(written).toEqual(["G3 0.975", "H3 5.85", "G5 0.75", "H5 3"]);
  });

  test("three parts, the 分值 on the first, a 上年结转资金 of 0 among them: the sums' rate", () => {
    const rows: Row[] = [
      ["当年财政拨款", 80, 78, 10],
      ["上年结转资金", 0, 0, null],
      ["其他资金", 20, 19, null],
    ];
    const { t } = scored(sheetOf(block(rows, { rate: false })));
    expect([t.funding?.score, t.total]).toEqual([9.7, 99.7]);
  });

  test.each([true, false])(
    "the points in the block's label, no 分值 column (执行率 column: %s): 9.7, not written",
    (rate) => {
      const shape = { rate, weight: false, label: "预算执行情况（10分）" };
      const { t, said, written } = scored(
        sheetOf(
          block(
            [
              ["财政拨款", 80, 78, null],
              ["其他资金", 20, 19, null],
            ],
            shape,
          ),
        ),
      );
      expect(t.funding).toEqual({ budget: 100, executed: 97, rate: 0.97, weight: 10, score: 9.7 });
      expect([t.total, t.grade]).toEqual([99.7, "优"]);
      expect(said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
        "E3: 资金情况没有年度资金总额行，按财政拨款、其他资金合计计算执行率97%，分值10分，得9.70分" +
          "（没有本项的得分单元格，未写入）；请核对",
      );
      // no cell of a part is the block's: nothing of the block written
      expect(written).toEqual([]);
    },
  );

  test("the 20 points of a label are the block's weight", () => {
    const shape = { rate: true, weight: false, label: "预算执行情况（20分）" };
    const { t } = scored(
      sheetOf(
        block(
          [
            ["财政拨款", 80, 78, null],
            ["其他资金", 20, 19, null],
          ],
          shape,
        ),
      ),
    );
    expect(t.funding).toEqual({ budget: 100, executed: 97, rate: 0.97, weight: 20, score: 19.4 });
  });

  test("a part that cannot be read: FUNDING_MISSING, the total withheld", () => {
    const { t, said } = scored(
      sheetOf(
        block(
          [
            ["财政拨款", 80, 78, 10],
            ["其他资金", 20, null as never, null],
          ],
          { rate: true },
        ),
      ),
    );
    expect([t.funding, t.total, t.grade]).toEqual([null, null, null]);
    expect(said("FUNDING_MISSING")).toEqual([
      "E4: 预算执行情况未填全年执行数，无法计算预算执行率，本项（10分）未计分；请填写后重新评分",
    ]);
  });

  test("the reading in English", () => {
    const rows: Row[] = [
      ["财政拨款", 80, 78, 10],
      ["其他资金", 20, 19, null],
    ];
    expect(scored(sheetOf(block(rows, { rate: true })), "en").said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
      `H3: No 年度资金总额 row in the funding block: its rate is that of the sum of "财政拨款", "其他资金", 97%, its weight ` +
        `the 10 points in the "财政拨款" row: 9.70 points; please check`,
    );
  });
});

describe("parts with their own 分值 under a total row without one", () => {
  const LABELS = [
    ["其中：财政拨款", "其他资金"],
    ["其中：当年财政拨款", "上年结转资金"],
  ];
  describe.each([{ rate: true }, { rate: false }])("%o", (shape) => {
    const [rate, score] = cols(shape);
    test.each(LABELS)("a 分值 on each part (%s, %s): each by its own rate, the block their sum: 8.75", (a, b) => {
      const rows: Row[] = [
        ["年度资金总额", 100, 90, null],
        [a, 60, 60, 5],
        [b, 40, 30, 5],
      ];
      const { t, said, written } = scored(sheetOf(block(rows, shape)));
      // 5 × 60/60 = 5, 5 × 30/40 = 3.75; the total's 90 % at the profile's 10 points gave 9
      expect(t.funding).toEqual({ budget: 100, executed: 90, rate: 0.9, weight: 10, score: 8.75 });
      expect([t.total, t.grade]).toEqual([98.75, "优"]);
      expect(said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
        `${score}3: 资金情况按各项资金各自的分值和执行率计分：${a}5分得5.00分，${b}5分得3.75分，合计8.75分；请核对`,
      );
      // the total row's 得分 takes the sum; each part its rate and score; its 执行率 is left
      expect(written).toEqual(
        withRate([`${score}3 8.75`, `${rate}4 1`, `${score}4 5`, `${rate}5 0.75`, `${score}5 3.75`]),
      );
    });

    test("one part with a 分值: it is the block's, at the total's rate, said", () => {
      const rows: Row[] = [
        ["年度资金总额", 100, 90, null],
        ["其中：财政拨款", 60, 60, 10],
        ["其他资金", 40, 30, null],
      ];
      const { t, said, written } = scored(sheetOf(block(rows, shape)));
      expect(t.funding).toEqual({ budget: 100, executed: 90, rate: 0.9, weight: 10, score: 9 });
      expect(said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
        `${score}3: 按年度资金总额计算执行率90%，分值取“其中：财政拨款”行的10分，得9.00分；请核对`,
      );
      expect(written).toEqual(withRate([`${rate}3 0.9`, `${score}3 9`]));
    });
  });

  test("a total row with its own 分值 decides, as before: the parts' 分值 are not read", () => {
    const rows: Row[] = [
      ["年度资金总额", 100, 90, null],
      ["其中：财政拨款", 60, 60, 5],
      ["其他资金", 40, 30, 5],
    ];
    expect(scored(sheetOf(block(rows, { rate: true }))).t.funding?.score).toBe(8.75);
    rows[0][3] = 10;
    const { t, said, written } = scored(sheetOf(block(rows, { rate: true })));
    expect(t.funding).toEqual({ budget: 100, executed: 90, rate: 0.9, weight: 10, score: 9 });
    expect(said("WEIGHTS_DIFFER_FROM_PROFILE").filter((m) => m.includes("资金情况"))).toEqual([]);
    expect(written).toEqual(["G3 0.9", "H3 9"]);
  });

  test("the parts' reading in English", () => {
    const rows: Row[] = [
      ["年度资金总额", 100, 90, null],
      ["其中：财政拨款", 60, 60, 5],
      ["其他资金", 40, 30, 5],
    ];
    expect(scored(sheetOf(block(rows, { rate: true })), "en").said("WEIGHTS_DIFFER_FROM_PROFILE")[0]).toBe(
      `H3: The funding block's parts are scored by their own weights and rates: "其中：财政拨款" 5 points: 5.00, ` +
        `"其他资金" 5 points: 3.75; 8.75 in all; please check`,
    );
  });
});
