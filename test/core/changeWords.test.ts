// A completed rate written as a change (同比下降3%, 上升3%, 较上年提高5%) was scored by its figure with the words as a blue
// remark: 下降3% against 收入增长率 ≥5% counted as +3% (3.6 of 6), 下降10% against ≥5% as full marks. Against a name for the
// opposite change it now counts below zero; against a name without a change word it is scored as written and a person
// confirms (a change on an earlier year waits for one); against a name for the same change it is the figure, as before.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (name: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level1: "效益指标", level2: "经济效益指标", level3: name, target, actual, reason: "x" }));
const review = (f: string[]) => f.filter((x) => x.startsWith("QUALITATIVE_REVIEW"));

test.each([
  ["收入增长率", "≥5%", "同比下降3%", "下降", "-3%", 0],
  ["成本降低率", "≥5%", "上升3%", "上升", "-3%", 0],
  ["发病率增长幅度", "≤5%", "下降10%", "下降", "-10%", 90],
])("%s %s, completed %s: the opposite change counts below zero", (name, target, actual, word, counted, score) => {
  const r = scored(name, target, actual);
  expect(r.score).toBe(score);
  expect(review(r.findings)).toEqual([
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是“${word}”，与指标“${name}”的方向相反，按${counted}计分，请人工确认`,
  ]);
});

test.each([["综合能耗", "≤5%", "下降10%", "下降", "10%", 45]])(
  "%s %s, completed %s: a name without a change word is scored as written and reviewed",
  (name, target, actual, word, counted, score) => {
    const r = scored(name, target, actual);
    expect(r.score).toBe(score);
    expect(review(r.findings)).toEqual([
      `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是变化“${word}”，指标名称“${name}”看不出是否按变化计、按哪个方向计，` +
        `按${counted}计分，请人工确认`,
    ]);
  },
);

test.each([
  ["收入增长率", "≥5%", "同比增长10%"],
  ["成本降低率", "≥5%", "下降10%"],
])("%s %s, completed %s: the same change is the figure, a remark as before", (name, target, actual) => {
  const r = scored(name, target, actual);
  expect(r.score).toBe(90);
  expect(review(r.findings)).toEqual([]);
  expect(r.findings.some((f) => f.startsWith("REMARK_IGNORED E11"))).toBe(true);
});

test("a change below zero under a range scores 0, never below (收入增长率 2%-5%, 下降3%: it was -15)", () => {
  expect(scored("收入增长率", "2%-5%", "下降3%").score).toBe(0);
});

// 同比提高5%，达到96% was scored by 96% with a review that the change's direction was unclear: the change is said of its
// own figure, a remark
test.each([
  ["群众满意度", "≥95%", "同比提高5%，达到96%", "达到96%", "同比提高5%"],
  ["群众满意度", "≥95%", "96%，同比提高2个百分点", "96%", "同比提高2个百分点"],
])("%s %s, completed %s: a change with its own figure is a remark", (name, target, actual, figure, note) => {
  const r = scored(name, target, actual);
  expect(r.score).toBe(90);
  expect(r.findings).toEqual([`REMARK_IGNORED E11: 实际完成值“${actual}”按${figure}计分，说明“${note}”未参与计分`]);
});

// 群众满意度 ≥90% against 较上年提高5% was scored as 5% (5 of 90, with the review above): a change on an earlier year, or
// in percentage points, is never the rate reached. Where neither the name nor the target counts a change, the row waits
test.each([
  ["群众满意度", "≥90%", "较上年提高5%", "较上年提高"],
  ["群众满意度", "≥90%", "满意度较上年提高2个百分点", "较上年提高"],
  ["群众满意度", "≥90%", "提高2个百分点", "提高"],
  ["合格率", "≥95%", "与上年相比下降1%", "与上年相比下降"],
  ["合格率", "≥95%", "比去年同期下降3%", "比去年同期下降"],
])("%s %s, completed %s: a difference, the row waits for a person", (name, target, actual, label) => {
  const r = scored(name, target, actual);
  expect([r.score, r.status]).toEqual([null, "qualitative"]);
  expect(review(r.findings)).toEqual([
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是与上年、预算、计划或标准相比的差额（“${label}”），不是实际完成数，` +
      `无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`,
  ]);
});

test("a target that counts a change is answered by one: 提高3个百分点 against 较上年提高2个百分点 is full marks, no review", () => {
  const r = scored("群众满意度", "较上年提高2个百分点", "提高3个百分点");
  expect(r.score).toBe(90);
  expect(review(r.findings)).toEqual([]);
});

test("a name that counts a change still reads the change: 收入增长率 ≥5% against 较上年增长6% is full marks", () => {
  expect(scored("收入增长率", "≥5%", "较上年增长6%").score).toBe(90);
});

// 下降5.2% against 三公经费变动率 ≤0 scored 0 of 90 as +5.2% with a review that the name shows no direction, and 同比下降5.2%
// waited as a difference: a 变动率 counts a change with its sign, so a fall is below zero, and said in blue
describe("a name counting a change with its sign", () => {
  test.each([
    ["三公经费变动率", "≤0", "下降5.2%", "下降", "-5.2%", 90],
    ["三公经费变动率", "≤0", "同比下降5.2%", "下降", "-5.2%", 90],
    ["结转结余变化率", "≤0%", "减少3%", "减少", "-3%", 90],
  ])("%s %s, completed %s: a fall counts below zero", (name, target, actual, word, counted, score) => {
    const r = scored(name, target, actual);
    expect(r.score).toBe(score);
    expect(r.findings).toContain(`UNIT_ASSUMED E11: 实际完成值“${actual}”写的是“${word}”，按变动${counted}计算`);
    expect(review(r.findings)).toEqual([]);
  });

  test("a rise counts above zero: 上升2% against ≤0 is 0 points", () => {
    expect(scored("三公经费变动率", "≤0", "上升2%").score).toBe(0);
  });

  // 较上年减少1万元 was +1万元 against 0 (0 points): only a percent's fall was below zero
  test.each([
    ["较上年减少1万元", "减少", "-1万元", 90],
    ["同比减少0.5万元", "减少", "-0.5万元", 90],
    ["较上年下降12人", "下降", "-12人", 90],
  ])("a sum's or a count's change against 0 has its rate's sign: %s", (actual, word, counted, score) => {
    const r = scored("三公经费变动率", "≤0", actual);
    expect(r.score).toBe(score);
    expect(r.findings).toContain(`UNIT_ASSUMED E11: 实际完成值“${actual}”写的是“${word}”，按变动${counted}计算`);
  });

  test("a sum's fall against a rate below zero (≤-5%) is not counted as a rate: a person", () => {
    expect(scored("三公经费变动率", "≤-5%", "较上年减少1万元")).toMatchObject({ score: null, status: "qualitative" });
  });

  // 由3万元降至2万元 was the level 2万元 against 0 (0 points)
  test.each([
    ["≤0", "由3万元降至2万元", "（2−3）÷3=-33.33%", 90],
    ["≤-5%", "从3万元下降到2万元", "（2−3）÷3=-33.33%", 90],
    ["≤0", "由2万元增至3万元", "（3−2）÷2=50%", 0],
  ])("%s against %s: the rate of change from one level to the other, %s", (target, actual, working, score) => {
    const r = scored("三公经费变动率", target, actual);
    expect(r.score).toBe(score);
    expect(r.findings.join()).toMatch(`按${working}计分`);
  });

  // 上年3万元，本年2万元 was this year's level, 2万元 against 0 (0 points); it says the change 由3万元降至2万元 says
  test("上年3万元，本年2万元 against ≤0: the rate of change, as 由3万元降至2万元, the labels its remark", () => {
    expect(scored("三公经费变动率", "≤0", "上年3万元，本年2万元").findings).toEqual([
      "UNIT_ASSUMED D11: 年度指标值0未写单位，按实际完成值的单位“%”理解",
      "REMARK_IGNORED E11: 实际完成值“上年3万元，本年2万元”按（2−3）÷3=-33.33%计分，说明“上年,本年”未参与计分",
    ]);
  });

  test.each([
    ["三公经费变动率", "≤0", "本年2万元，上年3万元", "（2−3）÷3=-33.33%", 90],
    ["三公经费变动率", "≤0", "去年3万元，今年2万元", "（2−3）÷3=-33.33%", 90],
    ["三公经费变动率", "≤0", "上一年度3万元，本年度2万元", "（2−3）÷3=-33.33%", 90],
    ["三公经费变动率", "≤0", "上年3万元，当年2000元", "（2000−30000）÷30000=-93.33%", 90],
    ["三公经费变动率", "≤-5%", "上年3万元，本年2万元", "（2−3）÷3=-33.33%", 90],
    ["三公经费变动率", "≤0", "上年3万元，本年4万元", "（4−3）÷3=33.33%", 0],
    ["结转结余变化率", "≤0", "上年3万元，本年2万元", "（2−3）÷3=-33.33%", 90],
  ])("%s %s, completed %s: the two levels' rate of change, %s", (name, target, actual, working, score) => {
    const r = scored(name, target, actual);
    expect(r.score).toBe(score);
    expect(r.findings.join()).toMatch(`按${working}计分`);
  });

  test.each([
    ["三公经费", "≤3万元", "上年3万元，本年2万元", "按本年2万元计分", 90],
    ["培训人次", "≥1000人次", "上年900人次，本年1100人次", "按本年1100人次计分", 90],
    ["三公经费变动率", "≤0", "上年0万元，本年2万元", "按本年2万元计分", 0],
  ])(
    "%s %s, completed %s: this year's level as before (no rate, or no level to start from)",
    (name, target, actual, read, score) => {
      const r = scored(name, target, actual);
      expect(r.score).toBe(score);
      expect(r.findings.join()).toMatch(read);
    },
  );

  // 上年3万元，本年减少1万元 was the change alone, +1万元 against 0 (0 points), though 较上年减少1万元 was -1万元 (90)
  test.each([
    ["≤0", "上年3万元，本年减少1万元", "（2−3）÷3=-33.33%", "上年,本年减少", 90],
    ["≤0", "去年3万元，今年较上年减少5000元", "（2.5−3）÷3=-16.67%", "去年,今年较上年减少", 90],
    ["≤-5%", "上年3万元，本年减少1万元", "（2−3）÷3=-33.33%", "上年,本年减少", 90],
    ["≤0", "上年3万元，本年下降20%", "（2.4−3）÷3=-20%", "上年,本年下降", 90],
    ["≤0", "上年3万元，本年增加1万元", "（4−3）÷3=33.33%", "上年,本年增加", 0],
  ])(
    "%s against %s: this year's level the change reaches, its rate of change %s",
    (target, actual, working, words, score) => {
      const r = scored("三公经费变动率", target, actual);
      expect(r.score).toBe(score);
      expect(r.findings).toContain(
        `REMARK_IGNORED E11: 实际完成值“${actual}”按${working}计分，说明“${words}”未参与计分`,
      );
    },
  );

  // the change said again after the two levels (上年3万元，本年2万元，下降33%) left them unread: 上年3万元 was counted (0)
  test.each([
    ["上年3万元，本年2万元，下降33%", "上年,本年,下降"],
    ["上年3万元，本年2万元，同比下降33.3%", "上年,本年,同比下降"],
    ["上年3万元，本年2万元，减少1万元", "上年,本年,减少"],
  ])("%s against ≤0: the levels' rate of change, the change said again agreeing with it", (actual, words) => {
    expect(scored("三公经费变动率", "≤0", actual)).toMatchObject({
      score: 90,
      findings: [
        "UNIT_ASSUMED D11: 年度指标值0未写单位，按实际完成值的单位“%”理解",
        `REMARK_IGNORED E11: 实际完成值“${actual}”按（2−3）÷3=-33.33%计分，说明“${words}”未参与计分`,
      ],
    });
  });

  test("a change said again that the levels do not make (下降50% after 3万元 and 2万元) starts no level", () => {
    const r = scored("三公经费变动率", "≤0", "上年3万元，本年2万元，下降50%");
    expect(r.findings.join()).toMatch("写有3个完成数，按“上年3万元”计分");
    expect(scored("三公经费", "≤2.5万元", "上年3万元，本年2万元，下降33%").findings.join()).toMatch(
      "按本年2万元计分，说明“上年3万元，下降33%”未参与计分",
    );
  });

  // other names may count the change itself (压减额): as read; a fall past the level (减少5万元 from 3万元) starts none
  test("only under a name counting a change with its sign, and only a level the change can reach", () => {
    const text = "上年3万元，本年减少1万元";
    expect(scored("三公经费变动率", "≤0", text).score).toBe(90);
    expect(scored("三公经费压减额", "≥1.5万元", text).score).toBe(60);
    expect(scored("三公经费", "≤3万元", text).findings.join()).toMatch("按本年减少1万元计分");
    expect(scored("三公经费变动率", "≤0", "上年3万元，本年减少5万元").findings.join()).toMatch("按本年减少5万元计分");
  });
});
