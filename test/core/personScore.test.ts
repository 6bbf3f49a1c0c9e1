// A row the rules cannot decide waits for a person (spec §3: the user chooses the band). The score a person writes in
// the row's 得分 cell is that choice: the row counts it, the total is worked out, the score cell is not written over,
// and the review says whose score it is (and asks for a reason when it is below the weight). Before, the total waited
// for such a row whatever was written in its 得分 cell, so a person's choice could never finish the table.
import { builtInProfile, scoreWorkbook, type Plan } from "../../src/core";
import type { CellValue } from "../../src/core/grid";
import { oneRowSeed, SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
/** The one-row table (90 points, funding 10 of 10) with `actual` against `target`, `score` typed in its 得分 cell. */
const run = (target: string, actual: string, score: CellValue, mode: "score" | "audit" = "score", reason = "") => {
  const g = seedGrid(oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target, actual, reason }));
  g.sheets[0].values[SEED_LAYOUT.firstRow][6] = score;
  return scoreWorkbook(g, { mode, profile, fileName: "t.xlsx" });
};
const row = (p: Plan) => {
  const t = p.report.tables[0];
  return {
    score: t.indicators[0].score,
    status: t.indicators[0].status,
    total: t.total,
    said: t.findings.filter((f) => f.cell !== null).map((f) => `${f.code} ${f.cell}: ${f.message}`),
  };
};

describe("a row waiting for a person, with a score a person wrote", () => {
  test("words no band knows, 63 written: counted, the total worked out, the score cell left as written", () => {
    const p = run("有效提升", "得到提升", 63);
    expect(row(p)).toEqual({
      score: 63,
      status: "qualitative",
      total: 73,
      said: [
        "QUALITATIVE_REVIEW G11: 实际完成情况“得到提升”无法自动判断档次，按得分栏中已填的63分（即“部分达成”）计入总分，请确认这是人工评定的得分",
        "NOT_MET_NO_REASON H11: “得到提升”按得分栏中已填的63.00分计分（分值90分），请填写偏差原因",
      ],
    });
    expect(p.writes.find((w) => w.address === "G11")?.value).toBeUndefined();
  });

  test("a figure left open (不到90%) and several figures (10套中的8套) take it too; 90 of 90 asks no reason", () => {
    expect(row(run("≥90%", "不到90%", 90)).said).toEqual([
      "QUALITATIVE_REVIEW E11: 实际完成值“不到90%”只说明完成数低于90%，没有写出完成数，无法按年度指标值“≥90%”计分；按得分栏中已填的90分（即“达成”）计入总分，请确认这是人工评定的得分",
    ]);
    const several = row(run("≥10套", "已完成10套中的8套", "72分", "score", "2套在建"));
    expect([several.score, several.total]).toEqual([72, 82]);
    expect(several.said).toEqual([
      "QUALITATIVE_REVIEW E11: 实际完成值“已完成10套中的8套”写有“10套”、“8套”，都与年度指标值“≥10套”单位相同，无法确定哪个是完成数；按得分栏中已填的72分计入总分，请确认这是人工评定的得分",
    ]);
  });

  test("words without a figure or a band against a number target, 63 written: no SCORED_BY_WORDS (it said 判为undefined)", () => {
    const said = row(run("≥1000人次", "正在统计", 63)).said;
    expect(said[0]).toBe(
      "QUALITATIVE_REVIEW G11: 实际完成情况“正在统计”无法自动判断档次，按得分栏中已填的63分（即“部分达成”）计入总分，请确认这是人工评定的得分",
    );
    expect(said.filter((f) => f.startsWith("SCORED_BY_WORDS"))).toEqual([]);
  });

  test("in an audit the written score counts the same way", () => {
    expect(row(run("有效提升", "得到提升", 63, "audit"))).toMatchObject({ score: 63, total: 73 });
  });

  test("in English", () => {
    const g = seedGrid(
      oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual: "得到提升" }),
    );
    g.sheets[0].values[SEED_LAYOUT.firstRow][6] = 63;
    const t = scoreWorkbook(g, { mode: "score", profile, fileName: "t.xlsx", lang: "en" }).report.tables[0];
    expect(t.findings[0].message).toBe(
      `"得到提升" matches no band; counted at the 63 points already in its score cell (partly achieved); please confirm they are a person's band`,
    );
  });
});

describe("what a person's score is not", () => {
  test("no number, or one above the weight: the row waits, the total is withheld, and it says how to choose", () => {
    for (const written of [null, "待定", 95]) {
      const r = row(run("有效提升", "得到提升", written));
      expect([r.score, r.total]).toEqual([null, null]);
      expect(r.said[0]).toBe(
        "QUALITATIVE_REVIEW G11: 实际完成情况“得到提升”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分",
      );
    }
  });

  test("a row the rules decide is scored by them: a different written score is replaced, and said", () => {
    const p = run("≥100人次", "80人次", 90, "score", "疫情");
    expect(row(p)).toMatchObject({ score: 72, status: "scored", total: 82 });
    expect(p.writes.find((w) => w.address === "G11")?.value).toBe(72);
  });
});
