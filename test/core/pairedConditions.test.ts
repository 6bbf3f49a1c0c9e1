// A target of two or more conditions, each with its own label (城区≥95%，农村≥90%; 开工：3月底前；完工：11月底前), against
// a completed value with a part for every label (城区98%，农村85%; 3月开工，12月完工). The row was scored by its first
// condition only, the second a remark, so 农村85% short of 90% or 完工 a month late went unseen (full marks). Each pair is
// scored by the ordinary rules now: figures weigh w/n each, a date late makes the row late, a review names the pairs.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (level2: string, level3: string, target: string, actual: string, weight = 90) =>
  seedRowOutcome(oneRowSeed({ level2, level3, target, actual, reason: "", weight }));
const paired = (pairs: [string, string][], missed: string[] = []) =>
  `QUALITATIVE_REVIEW E11: 年度指标值各项按实际完成值中同名的一项分别计分：${pairs.map(([t, a]) => `“${t}”对“${a}”`).join("，")}${missed.length > 0 ? `；未达到：${missed.join("，")}` : ""}，请人工核对`;
const rate = (level3: string, target: string, actual: string) => run("质量指标", level3, target, actual);

describe("labelled figures, each against its own", () => {
  test("城区98%，农村85% against 城区≥95%，农村≥90%: 45 + 45×85/90 = 87.5, 农村 named as not met", () => {
    expect(rate("饮用水水质达标率", "城区≥95%，农村≥90%", "城区98%，农村85%")).toEqual({
      score: 87.5,
      status: "scored",
      findings: [
        paired(
          [
            ["城区≥95%", "城区98%"],
            ["农村≥90%", "农村85%"],
          ],
          ["农村≥90%"],
        ),
        "NOT_MET_NO_REASON H11: 实际完成值85%低于年度指标值90%，按85/90×45计42.50分，请填写偏差原因",
      ],
    });
  });

  test.each([
    ["生态效益指标", "噪声", "昼间≤60dB，夜间≤50dB", "昼间58dB，夜间52dB", 88.27],
    ["质量指标", "入学率", "小学≥99%，初中≥95%", "小学99.5%，初中93%", 89.05],
    ["数量指标", "新建改建", "新建≥5座，改建≥10座", "新建5座，改建6座", 72],
    ["质量指标", "质量", "合格率≥95%，优良率≥60%", "合格率100%，优良率40%", 75],
    ["满意度指标", "满意度", "学生≥90%，家长≥90%", "学生95%，家长85%", 87.5],
    // a label may be the other's start: 人均 for 人均费用 (45 + 45×30/35)
    ["成本指标", "成本控制", "人均费用≤500元，总成本≤30万元", "人均480元，总成本35万元", 83.57],
    // in another order, or with its colon
    ["质量指标", "达标率", "城区≥95%，农村≥90%", "农村85%，城区98%", 87.5],
    ["质量指标", "达标率", "城区：≥95%；农村：≥90%", "城区：98%；农村：85%", 87.5],
  ])("%s %s: %s against %s is %s, with the review", (level2, level3, target, actual, score) => {
    const out = run(level2, level3, target, actual);
    expect([out.score, out.status]).toEqual([score, "scored"]);
    expect(out.findings[0]).toMatch(/^QUALITATIVE_REVIEW E11: 年度指标值各项按实际完成值中同名的一项分别计分/);
    expect(out.findings.join()).not.toMatch(/写有两个完成数|REMARK_IGNORED/);
  });

  test("all pairs met are the weight itself, and one short takes its share of it (10 over three pairs)", () => {
    const target = "城区≥10个，农村≥20个，山区≥5个";
    const met = run("数量指标", "覆盖", target, "城区10个，农村20个，山区5个", 10);
    expect([met.score, met.findings[0]]).toEqual([
      10,
      paired([
        ["城区≥10个", "城区10个"],
        ["农村≥20个", "农村20个"],
        ["山区≥5个", "山区5个"],
      ]),
    ]);
    // 3.33 + 3.33×18/20 + 3.33
    expect(run("数量指标", "覆盖", target, "城区10个，农村18个，山区5个", 10).score).toBe(9.66);
  });
});

describe("deadlines, each against its own", () => {
  const late = (target: string) =>
    `QUALITATIVE_REVIEW G11: 完成时间12月晚于${target}，“12月完工”判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认`;

  test.each([
    ["3月底前开工，11月底前完工", "3月底前开工", "11月底前完工"],
    ["开工：3月底前；完工：11月底前", "开工：3月底前", "完工：11月底前"],
  ])("3月开工，12月完工 against %s is late: 63, as one late deadline, with the review", (target, start, end) => {
    expect(run("时效指标", "完成时间", target, "3月开工，12月完工")).toEqual({
      score: 63,
      status: "qualitative",
      findings: [
        paired(
          [
            [start, "3月开工"],
            [end, "12月完工"],
          ],
          [end],
        ),
        late("11月底前完工"),
        late("11月底前完工")
          .replace("QUALITATIVE_REVIEW G11", "NOT_MET_NO_REASON H11")
          .replace("请人工确认", "请填写偏差原因"),
      ],
    });
  });

  test("all on time is full marks, the second deadline no longer a remark", () => {
    expect(run("时效指标", "完成时间", "3月底前开工，11月底前完工", "3月开工，11月完工")).toEqual({
      score: 90,
      status: "scored",
      findings: [
        paired([
          ["3月底前开工", "3月开工"],
          ["11月底前完工", "11月完工"],
        ]),
      ],
    });
  });
});

describe("only when every condition has its part, figures or dates read as the ordinary rules read them", () => {
  test("another label, a part missing, or another unit keeps the first condition, as before", () => {
    const target = "城区≥95%，农村≥90%";
    expect(rate("达标率", target, "城区98%，农村85%").score).toBe(87.5);
    for (const actual of ["全市97%", "城区98%", "城区98%，全市92%", "城区98%，农村85人", "城区98%，农村85%，全市92%"]) {
      const out = rate("达标率", target, actual);
      expect([actual, out.score, out.findings[0]]).toEqual([
        actual,
        90,
        "REMARK_IGNORED D11: 年度指标值“城区≥95%，农村≥90%”按城区≥95%计分，说明“农村≥90%”未参与计分",
      ]);
    }
  });

  test("a part labelled as planned waits as it would alone; a count per period beside the year's is one count", () => {
    expect(run("数量指标", "覆盖", "城区≥10个，农村≥20个", "城区10个，农村12个").score).toBe(72);
    expect(run("数量指标", "覆盖", "城区≥10个，农村≥20个", "城区10个，农村预计20个").findings.join()).toMatch(
      /写有两个完成数，按“城区10个”计分/,
    );
    // the year's count, with the two-figures review, as before: 90×10/12
    expect(run("数量指标", "开展", "每月1次，全年12次", "每月1次，全年10次").score).toBe(75);
    // a target read whole (a lower and an upper bound) is one condition
    expect(rate("合格率", "不低于90%，不高于100%", "不低于95%，不高于100%").findings.join()).not.toMatch(/分别计分/);
  });
});
