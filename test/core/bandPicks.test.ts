// Spec §3: a row whose words no band knows (or whose figure the rules cannot place) waits for a person, and the task
// pane offers the three bands. waitingRows lists those rows with what each band scores by the run's profile; a band
// picked comes back as a BandPick, and the run scores the row at that band's point, writes the score into its 得分
// cell, works out the total, and says the band was a person's choice. A pick never overrides the rules.
import {
  builtInProfile,
  pickFor,
  scoreWorkbook,
  unusedPicks,
  waitingRows,
  type BandPick,
  type Plan,
} from "../../src/core";
import type { WorkbookGrid } from "../../src/core/grid";
import { oneRowSeed, SEED_LAYOUT, seedGrid, type SeedCase } from "../helpers/seedGrid";

const central = builtInProfile("central-2020")!;
const hubei = builtInProfile("qualitative-80-50")!;

/** Two rows of 45: 培训效果 whose words no band knows, 培训人次 scored by its figure. */
function twoRows(actual = "得到提升", reason = ""): SeedCase {
  const seed = oneRowSeed({
    level2: "社会效益指标",
    level3: "培训效果",
    target: "有效提升",
    actual,
    weight: 45,
    reason,
  });
  seed.rows.push({
    level1: "产出指标",
    level2: "数量指标",
    level3: "培训人次",
    target: "≥100人次",
    actual: "80人次",
    weight: 45,
    reason: "疫情",
  });
  return seed;
}
const grid = (seed: SeedCase): WorkbookGrid => seedGrid(seed);
const run = (g: WorkbookGrid, picks?: BandPick[], profile = central) =>
  scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", picks });
const firstRow = SEED_LAYOUT.firstRow + 1;
const written = (p: Plan, address: string) =>
  p.writes.find((w) => w.address === address && w.value !== undefined)?.value;
const said = (p: Plan) =>
  p.report.tables[0].findings.filter((f) => f.cell !== null).map((f) => `${f.code} ${f.cell}: ${f.message}`);

describe("the rows waiting for a person", () => {
  test("a row no band knows is offered with the three bands' scores; rows the rules decide are not", () => {
    const rows = waitingRows(run(grid(twoRows())), central);
    expect(rows).toEqual([
      {
        sheet: "自评表",
        row: firstRow,
        cell: `G${firstRow}`,
        name: "培训效果",
        actual: "得到提升",
        weight: 45,
        bands: [45, 31.5, 0],
        counted: null,
        picked: null,
        band: null,
      },
    ]);
  });

  test("the bands' scores follow the profile (Hubei/Jiangxi: 100 / 80-50 / 50-0 points)", () => {
    const rows = waitingRows(run(grid(twoRows()), undefined, hubei), hubei);
    const points = hubei.qualitative.points;
    expect(rows[0].bands).toEqual(points.map((p) => Math.round(45 * p * 100) / 100));
    expect(rows[0].bands).not.toEqual([45, 31.5, 0]);
  });

  test("a figure left open and several figures wait too", () => {
    for (const actual of ["不到90%", "已完成10套中的8套"]) {
      const target = actual.includes("%") ? "≥90%" : "≥10套";
      const seed = oneRowSeed({ level2: "数量指标", level3: `指标${actual}`, target, actual });
      const rows = waitingRows(run(grid(seed)), central);
      expect(rows.map((r) => [r.row, r.cell, r.bands])).toEqual([[firstRow, `E${firstRow}`, [90, 63, 0]]]);
    }
  });
});

describe("a band picked", () => {
  test("部分达成 scores the row at 70 %, writes it, works out the total, and asks the reason it fell short", () => {
    const p = run(grid(twoRows()), [{ sheet: "自评表", row: firstRow, band: 1 }]);
    const t = p.report.tables[0];
    expect(t.indicators.map((i) => [i.score, i.status])).toEqual([
      [31.5, "qualitative"],
      [36, "scored"],
    ]);
    expect(t.total).toBe(77.5);
    expect(written(p, `G${firstRow}`)).toBe(31.5);
    expect(said(p)).toEqual([
      `QUALITATIVE_REVIEW G${firstRow}: 实际完成情况“得到提升”无法自动判断档次，已按人工选择的档次“部分达成”计31.5分`,
      `NOT_MET_NO_REASON H${firstRow}: “得到提升”按人工选择的档次“部分达成”计31.50分（分值45分），请填写偏差原因`,
    ]);
  });

  test("达成 gives full marks and asks no reason; the next run counts the written score as the person's", () => {
    const g = grid(twoRows());
    const p = run(g, [pickFor(waitingRows(run(g), central)[0], 0)]);
    expect(p.report.tables[0].total).toBe(91);
    expect(said(p)).toEqual([
      `QUALITATIVE_REVIEW G${firstRow}: 实际完成情况“得到提升”无法自动判断档次，已按人工选择的档次“达成”计45分`,
    ]);
    // the written score stays the row's on the next run, which offers the row again with what it counts
    g.sheets[0].values[SEED_LAYOUT.firstRow][6] = written(p, `G${firstRow}`)!;
    const again = run(g);
    expect(again.report.tables[0].total).toBe(91);
    expect(waitingRows(again, central)[0]).toMatchObject({ counted: 45, picked: null, band: 0 });
    expect(waitingRows(p, central)[0]).toMatchObject({ counted: 45, picked: 0, band: 0 });
  });

  test("a pick naming no band or no row is none", () => {
    const g = grid(twoRows());
    const plain = run(g);
    for (const pick of [
      { sheet: "自评表", row: firstRow, band: 3 },
      { sheet: "自评表", row: firstRow + 0.5, band: 1 },
      { sheet: "自评表", row: -firstRow, band: 1 },
    ])
      expect(run(g, [pick as BandPick]).report).toEqual(plain.report);
  });

  test("unusedPicks names the picks no row took, not the one taken", () => {
    const taken = { sheet: "自评表", row: firstRow, band: 1 as const };
    const decided = { sheet: "自评表", row: firstRow + 1, band: 1 as const };
    expect(unusedPicks(run(grid(twoRows()), [taken, decided]), [taken, decided])).toEqual([decided]);
  });

  test("a pick replaces a score written before (the person changed their mind)", () => {
    const g = grid(twoRows("得到提升", "培训内容调整"));
    g.sheets[0].values[SEED_LAYOUT.firstRow][6] = 40;
    const p = run(g, [{ sheet: "自评表", row: firstRow, band: 2 }]);
    expect(p.report.tables[0].indicators[0].score).toBe(0);
    expect(written(p, `G${firstRow}`)).toBe(0);
    expect(p.report.tables[0].total).toBe(46);
  });

  test("a pick on a row the rules decide, another sheet or another row changes nothing", () => {
    const g = grid(twoRows());
    const plain = run(g);
    for (const pick of [
      { sheet: "自评表", row: firstRow + 1, band: 0 as const },
      { sheet: "Sheet2", row: firstRow, band: 0 as const },
      { sheet: "自评表", row: firstRow + 5, band: 0 as const },
    ]) {
      const p = run(g, [pick]);
      expect(p.report).toEqual(plain.report);
      expect(p.writes).toEqual(plain.writes);
      expect(unusedPicks(p, [pick])).toEqual([pick]);
    }
  });

  test("in English", () => {
    const p = scoreWorkbook(grid(twoRows()), {
      mode: "score",
      profile: central,
      fileName: "t.xlsx",
      lang: "en",
      picks: [{ sheet: "自评表", row: firstRow, band: 1 }],
    });
    expect(p.report.tables[0].findings.map((f) => f.message).slice(0, 2)).toEqual([
      `"得到提升" matches no band; scored 31.5 points for the band a person chose, partly achieved`,
      `"得到提升" is scored 31.50 of 45 for the band a person chose, partly achieved; please give the reason`,
    ]);
  });
});
