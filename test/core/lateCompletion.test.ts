// Work done late: a deadline is met when the completed date is on or before it (spec §3); words saying 完成 do not
// make a date after the deadline 达成. A date after it (2024年3月完成, 已于2023年8月完成验收, 次年3月完成) or a
// lateness word in a row about time (延期完成, 逾期完成) makes such words 部分达成, with the review warning.
import { builtInProfile, scoreWorkbook, type WorkbookGrid } from "../../src/core";
import { parseValue } from "../../src/core/parse";
import { dateInWords } from "../../src/core/parse/deadline";
import { lateWordIn } from "../../src/core/qualitative";
import { firstRowOutcome } from "../helpers/rowOutcome";
import { seedGrid } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const table = (level2: string, target: string, actual: string): WorkbookGrid =>
  seedGrid({
    title: "2023年度项目支出绩效自评表",
    kind: "project",
    funding: { budget: 100, executed: 100, weight: 10, printedScore: 10 },
    rows: [{ level1: "产出指标", level2, level3: "项目完成时间", target, actual, weight: 90 }],
  });
/** The row's score, status and findings as "CODE cell: message". */
const scored = (target: string, actual: string, level2 = "时效指标", lang: "zh" | "en" = "zh") =>
  firstRowOutcome(scoreWorkbook(table(level2, target, actual), { mode: "score", profile, fileName: "t.xlsx", lang }));

describe("work finished the year after, said without a month", () => {
  test.each([
    ["当年完成", "次年完成", "完成时间次年晚于当年完成，“次年完成”"],
    ["当年完成", "跨年完成", "完成时间跨年晚于当年完成，“跨年完成”"],
    ["按时完成", "次年完成", "“次年完成”判为部分达成"],
    ["按时完成", "延至次年完成", "“延至次年完成”写有“延至次年”"],
    ["2023年12月底前", "明年完成", "完成时间明年晚于2023年12月底前，“明年完成”"],
    ["2023年12月底前", "已于2024年完成验收", "完成时间2024年晚于2023年12月底前，“已于2024年完成验收”"],
  ])("%s against %s: 部分达成 (it was 达成 by 完成)", (target, actual, why) => {
    const r = scored(target, actual);
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toMatch(new RegExp(`^QUALITATIVE_REVIEW G11: ${why}`));
  });

  // a date of the year after the table's (2023) against a deadline in words had full marks by 完成
  test.each([
    ["按时完成", "2024年3月完成", "时效指标"],
    ["按期", "2024年4月竣工", "时效指标"],
    ["按时完成", "已完成（2024年3月）", "质量指标"],
    ["按时完成", "2024年完成", "时效指标"],
  ])("%s against %s (%s): 部分达成, late", (target, actual, level2) => {
    const r = scored(target, actual, level2);
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toBe(
      `QUALITATIVE_REVIEW G11: “${actual}”判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认`,
    );
  });

  test.each([
    ["按时完成", "2023年11月完成"],
    ["按时完成", "已于2023年完成"],
  ])("%s against %s, in the table's year: still 达成", (target, actual) => {
    expect(scored(target, actual).score).toBe(90);
  });

  test.each([
    ["2023年12月底前", "已完成，下一年度继续实施"],
    ["2023年6月底前", "已于2023年完成"],
  ])("%s against %s: still 达成, no year after the deadline's is said", (target, actual) => {
    expect(scored(target, actual).score).toBe(90);
  });
});

describe("a completed date after the deadline, with words saying 完成", () => {
  test("2024年3月完成 against 2023年12月底前完成: 部分达成, 63 of 90, with the date and why (was 90, no finding)", () => {
    expect(scored("2023年12月底前完成", "2024年3月完成")).toEqual({
      score: 63,
      status: "qualitative",
      findings: [
        "QUALITATIVE_REVIEW G11: 完成时间2024年3月晚于2023年12月底前完成，“2024年3月完成”判为部分达成（逾期完成不计为达成），" +
          "按70%×90计63.00分，请人工确认",
        "NOT_MET_NO_REASON H11: 完成时间2024年3月晚于2023年12月底前完成，“2024年3月完成”判为部分达成（逾期完成不计为达成），" +
          "按70%×90计63.00分，请填写偏差原因",
      ],
    });
  });

  test.each([
    ["2023年6月底前", "2023年8月已完成", "2023年8月"],
    ["2023年6月底前", "已于2023年8月完成验收", "2023年8月"],
    ["2023年6月底前", "延期至2023年8月完成", "2023年8月"],
    ["2023年6月底前", "2023年8月按时完成", "2023年8月"],
    ["≤12月", "次年3月完成", "次年3月"],
    ["6月30日前", "7月15日全部完成", "7月15日"],
  ])("%s against %s: 部分达成 (the words named a later date: was full marks)", (target, actual, date) => {
    const r = scored(target, actual);
    expect(r.score).toBe(63);
    expect(r.findings[0]).toContain(`完成时间${date}晚于${target}`);
  });

  test("a date on or before the deadline leaves the words to decide", () => {
    expect(scored("2023年6月底前", "2023年5月已完成").score).toBe(90);
    expect(scored("2023年6月底前", "2023年6月30日完成").score).toBe(90);
    expect(scored("2023年6月底前", "已于2023年6月完成").findings).toEqual([]);
  });

  test("late and 未完成 stays 未达成; a late date among words no band knows waits for a person", () => {
    expect(scored("2023年6月底前", "2023年8月未完成").score).toBe(0);
    const r = scored("2023年12月底前", "2024年1月开工");
    expect([r.score, r.findings[0]]).toEqual([
      null,
      "QUALITATIVE_REVIEW G11: 完成时间2024年1月晚于2023年12月底前；实际完成情况“2024年1月开工”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分",
    ]);
  });

  test.each([
    ["12月底前", "2024年1月", "2024年1月"],
    ["2023年12月31日前", "2024年1月5日", "2024年1月5日"],
    ["2023年12月31日前", "2024.1.5", "2024.1.5"],
  ])(
    "%s against a date alone, %s: the work done then, late: 部分达成 (it waited for a person)",
    (target, actual, date) => {
      const r = scored(target, actual);
      expect([r.score, r.findings[0]]).toEqual([
        63,
        `QUALITATIVE_REVIEW G11: 完成时间${date}晚于${target}，“${actual}”判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认`,
      ]);
    },
  );

  test("in English", () => {
    expect(scored("2023年6月底前", "2023年8月已完成", "时效指标", "en").findings[0]).toBe(
      'QUALITATIVE_REVIEW G11: finished 2023年8月, after 2023年6月底前; "2023年8月已完成" is partly achieved ' +
        "(work done late is not achieved): 70%×90 = 63.00; please confirm",
    );
  });
});

// A date on time read as the completed date, and a later one after it (11月完成主体，12月完成附属; 2023年10月上线试运行，
// 2024年3月正式上线): full marks, the later one only a blue remark not counted (rt8 #12). The last date says when the work
// was done, as among words (2023年9月试运行，2024年2月正式运行 went to a person).
describe("a later date after the completed date", () => {
  test("11月完成主体，12月完成附属 against 2023年11月底前: 部分达成, 63 of 90 (was 90), the later date said", () => {
    const r = scored("2023年11月底前", "11月完成主体，12月完成附属");
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toBe(
      "QUALITATIVE_REVIEW G11: 完成时间12月晚于2023年11月底前，“11月完成主体，12月完成附属”判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认",
    );
  });

  test("2023年10月上线试运行，2024年3月正式上线 against 2023年10月前: waits for a person, the later date said (was 90)", () => {
    const r = scored("2023年10月前", "2023年10月上线试运行，2024年3月正式上线");
    expect([r.score, r.findings[0]]).toEqual([
      null,
      "QUALITATIVE_REVIEW G11: 完成时间2024年3月晚于2023年10月前；实际完成情况“2023年10月上线试运行，2024年3月正式上线”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分",
    ]);
  });

  test("2023年10月开工，2024年3月完工 against 2023年12月底前: 部分达成 (was 90, scored on 开工)", () => {
    expect(scored("2023年12月底前", "2023年10月开工，2024年3月完工").score).toBe(63);
  });
});

describe("words saying the work was late, in a row about time", () => {
  test.each([
    ["2023年6月底前", "延期完成", "延期"],
    ["按时完成", "逾期完成", "逾期"],
    ["按期完成", "推迟完成", "推迟"],
    ["及时", "滞后完成", "滞后"],
  ])("%s against %s: 部分达成 (was 达成 by 完成)", (target, actual, word) => {
    const r = scored(target, actual);
    expect(r.score).toBe(63);
    expect(r.findings[0]).toContain(`“${actual}”写有“${word}”，判为部分达成（逾期完成不计为达成）`);
  });

  test.each([
    ["及时", "滞后", "“滞后”判为部分达成"],
    ["及时", "拨付滞后", "“拨付滞后”写有“滞后”，判为部分达成"],
    ["及时", "推迟拨付", "“推迟拨付”写有“推迟”，判为部分达成"],
    ["按时完成", "延期", "“延期”判为部分达成"],
  ])("%s against lateness words alone, %s: 部分达成 (they waited for a person)", (target, actual, said) => {
    const r = scored(target, actual);
    expect(r.score).toBe(63);
    expect(r.findings[0]).toContain(said);
  });

  test("lateness words alone outside a row about time, or in a longer text, still wait", () => {
    expect(scored("效果明显", "滞后", "社会效益指标").score).toBeNull();
    expect(scored("及时", "受疫情影响部分项目滞后").score).toBeNull();
  });

  test("a target asking 按期 makes any row about time; elsewhere lateness words are content", () => {
    expect(scored("按期完成", "延迟完成", "质量指标").score).toBe(63);
    expect(scored("效果明显", "为120户办理延期还款，效果明显", "社会效益指标").score).toBe(90);
  });

  test("negated lateness and a lateness rate are no lateness", () => {
    expect(scored("按期完成", "未延期，按期完成").score).toBe(90);
    expect(scored("及时", "逾期率为0，及时").score).toBe(90);
  });
});

// the completed text holds the deadline, so it was 达成 by the target: full marks, no finding
describe("a negation before the deadline's phrase", () => {
  test.each([
    ["12月底前", "未能在12月底前完成"],
    ["12月底前", "没有在12月底前完成"],
    ["12月底前", "未于12月底前完成"],
    ["年底前", "没有在年底前完工"],
    ["上半年", "未能在上半年完成"],
  ])("%s against %s: 未达成 (was 90), as 12月底前未完成 is", (target, actual) => {
    const r = scored(target, actual);
    expect([r.score, r.status]).toEqual([0, "qualitative"]);
    expect(r.findings[0]).toBe(`QUALITATIVE_REVIEW G11: “${actual}”判为未达成，按0%×90计0.00分，请人工确认`);
  });

  test.each(["12月底前完成", "已于12月底前完成", "在12月底前全部完成"])("12月底前 against %s stays 90", (actual) => {
    expect(scored("12月底前", actual).score).toBe(90);
  });
});

// the negation after the deadline was read only after 完成, 完工 or 竣工: 12月底前未拨付 was 90 by the target in the text
describe("a negation after the deadline", () => {
  test.each([
    ["12月底前", "12月底前未拨付"],
    ["12月底前", "12月底前尚未办结"],
    ["12月底前", "12月底前未能验收"],
    ["6月30日前", "6月30日前未下达"],
  ])("%s against %s: 未达成 (was 90), as 未在12月底前拨付 is", (target, actual) => {
    const r = scored(target, actual);
    expect([r.score, r.status]).toEqual([0, "qualitative"]);
    expect(r.findings[0]).toBe(`QUALITATIVE_REVIEW G11: “${actual}”判为未达成，按0%×90计0.00分，请人工确认`);
  });

  test.each(["12月底前完成，未出现质量问题", "12月底前完成，未发生安全事故"])(
    "12月底前 against %s stays 90",
    (actual) => {
      expect(scored("12月底前", actual).score).toBe(90);
    },
  );
});

describe("the readers", () => {
  test("dateInWords: the last date, in figures, with its year or 次年", () => {
    expect(dateInWords("2023年3月启动，2023年8月15日完成")).toEqual({
      year: 2023,
      nextYear: false,
      month: 8,
      day: 15,
      text: "2023年8月15日",
    });
    expect(dateInWords("次年3月完成")).toMatchObject({ year: null, nextYear: true, month: 3 });
    expect(dateInWords("统一月度报表，3个月内完成")).toBeNull();
    expect(dateInWords("2023年2月30日完成")).toBeNull();
  });

  test("dateInWords: a year without a month is its first day; the year after in words only with work finished in it", () => {
    expect(dateInWords("已于2024年完成验收")).toMatchObject({ year: 2024, nextYear: false, month: 1, day: 1 });
    expect(dateInWords("次年完成")).toMatchObject({ year: null, nextYear: true, month: 1, text: "次年" });
    expect(dateInWords("延至次年")).toMatchObject({ nextYear: true, text: "延至次年" });
    expect(dateInWords("跨年完成")).toMatchObject({ nextYear: true, text: "跨年" });
    expect(dateInWords("已完成，下一年度继续实施")).toBeNull();
    expect(dateInWords("跨年项目")).toBeNull();
  });

  test("lateWordIn: plain lateness only", () => {
    expect(lateWordIn("因疫情延期，已完成")).toBe("延期");
    expect(lateWordIn("没有延期")).toBeNull();
    expect(lateWordIn("无逾期")).toBeNull();
    expect(lateWordIn("逾期率0")).toBeNull();
    expect(lateWordIn("按期完成")).toBeNull();
    expect(lateWordIn("次年完成")).toBe("次年完成");
    expect(lateWordIn("未延至次年")).toBeNull();
  });
});

// 12月底前完成60% and 12月底前完成部分 had full marks: the date was kept, and the share done by it was not read
describe("a share done by the deadline picks the band", () => {
  test.each([
    [
      "2023年12月底前",
      "12月底前完成60%",
      63,
      "BAND_FROM_DEGREE E11: 实际完成值“12月底前完成60%”按完成比例60%判为部分达成",
    ],
    [
      "2023年12月底前",
      "截至12月底完成50%",
      0,
      "BAND_FROM_DEGREE E11: 实际完成值“截至12月底完成50%”按完成比例50%判为未达成",
    ],
    // all of it by the deadline keeps it; 80 % was 达成 by the 80 % floor (rt8 #10), now 部分达成
    [
      "2023年12月底前",
      "12月底前完成80%",
      63,
      "BAND_FROM_DEGREE E11: 实际完成值“12月底前完成80%”按完成比例80%判为部分达成（年度指标值“2023年12月底前”要求全部完成，",
    ],
    ["2023年12月底前", "12月底前完成部分", 63, "QUALITATIVE_REVIEW G11: “12月底前完成部分”判为部分达成"],
    [
      "2023年12月底前",
      "2023年11月（完成60%）",
      63,
      "BAND_FROM_DEGREE E11: 实际完成值“2023年11月（完成60%）”按完成比例60%",
    ],
  ])("%s against %s: %d of 90", (target, actual, score, finding) => {
    const r = scored(target, actual);
    expect([r.score, r.status]).toEqual([score, "qualitative"]);
    expect(r.findings[0]).toMatch(new RegExp(`^${finding}`));
  });

  test("a date after the deadline still decides first: 2024年3月完成80% is 部分达成 for the date", () => {
    const r = scored("2023年12月底前", "2024年3月完成80%");
    expect(r.score).toBe(63);
    expect(r.findings[0]).toMatch(/^QUALITATIVE_REVIEW G11: 完成时间2024年3月晚于2023年12月底前/);
  });
});

describe("a bare time limit in a timeliness row", () => {
  test("2天 against 办理时限 3天: full marks, ≤ inferred and said (was 60 of 90 by ≥, with a reason asked)", () => {
    const r = scored("3天", "2天");
    expect(r.score).toBe(90);
    expect(r.findings).toEqual([
      "DIRECTION_INFERRED D11: 年度指标值“3天”未写方向，按时效指标的时限推定为≤（越低越好）",
    ]);
  });
});

// 次年3月完成 and 2024年3月完成 against 当年完成 had full marks by 完成: 当年完成 was words (年内完成 was a deadline), and
// 次年 with a month was no word of lateness
describe("当年完成 is a deadline, and 次年 with a month is late", () => {
  test.each([
    ["当年完成", "次年3月完成", "完成时间次年3月晚于当年完成"],
    ["当年完成", "2024年3月完成", "完成时间2024年3月晚于当年完成"],
    ["本年度完成", "2024年1月完成", "完成时间2024年1月晚于本年度完成"],
    ["按期完成", "次年1月底完成", "“次年1月底完成”判为部分达成"],
  ])("%s against %s: 部分达成, 63 of 90", (target, actual, why) => {
    const r = scored(target, actual);
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toMatch(new RegExp(`^QUALITATIVE_REVIEW G11: ${why}`));
  });

  test.each(["2023年11月完成", "已完成", "当年完成"])("%s against 当年完成: met, full marks", (actual) => {
    expect(scored("当年完成", actual).score).toBe(90);
  });
});

// against a deadline in the year after the table's (2023), 已于2024年2月完成 and 已于次年2月完成 were late by the year
// alone (it is after the table's) and 次年 in 2024年3月底前 was 2025: 次年 is the table's year + 1, and a date or 次年
// in the deadline's year is late only after it
describe("work finished in words against a deadline in the year after the table's", () => {
  test.each([
    ["次年3月底前", "已于次年2月完成"],
    ["次年3月底前", "已于2024年2月完成"],
    ["次年3月底前", "次年完成"],
    ["2024年3月底前", "已于2024年2月完成"],
    ["2024年3月底前", "已于次年2月完成"],
  ])("%s against %s: on time, full marks (was 63)", (target, actual) => {
    expect(scored(target, actual)).toEqual({ score: 90, status: "qualitative", findings: [] });
  });

  test.each([
    ["次年3月底前", "已于次年4月完成", "完成时间次年4月晚于次年3月底前"],
    ["次年3月底前", "延至2025年完成", "完成时间2025年晚于次年3月底前"],
  ])("%s against %s: late, 63", (target, actual, why) => {
    const r = scored(target, actual);
    expect(r.score).toBe(63);
    expect(r.findings[0]).toMatch(new RegExp(`^QUALITATIVE_REVIEW G11: ${why}`));
  });
});

// 当年 and 本年度 alone in a 时效指标 row went to a person against 2023年 or 2023年10月: they are the year's end there
describe("当年 alone in a row about time is the year's end", () => {
  test.each([
    ["当年", "2023年", 90],
    ["当年", "2023年12月", 90],
    ["本年度", "2023年10月", 90],
  ])("%s against %s: %d of 90", (target, actual, score) => {
    expect(scored(target, actual)).toMatchObject({ score, status: "scored" });
  });

  test("当年 against a date alone, 2024年3月: late, 部分达成", () => {
    expect(scored("当年", "2024年3月").findings[0]).toMatch(
      /^QUALITATIVE_REVIEW G11: 完成时间2024年3月晚于当年，.*判为部分达成/,
    );
  });

  test("outside a row about time 当年 is words", () => {
    expect(scored("当年", "2023年", "质量指标")).toMatchObject({ score: null, status: "qualitative" });
  });
});

// A deadline with a task after its verb (2023年6月30日前完成全部建设任务, 上半年完成招标) was words: 2023年8月完成 against it
// had full marks by 完成. The date before the task is the deadline; the task is a remark.
describe("a deadline with a task after its verb", () => {
  test("2023年6月30日前完成全部建设任务 against 2023年8月完成: late, 部分达成", () => {
    const r = scored("2023年6月30日前完成全部建设任务", "2023年8月完成");
    expect([r.score, r.status]).toEqual([63, "qualitative"]);
    expect(r.findings[0]).toBe(
      "QUALITATIVE_REVIEW G11: 完成时间2023年8月晚于2023年6月30日前完成全部建设任务，“2023年8月完成”判为部分达成（逾期完成不计为达成），按70%×90计63.00分，请人工确认",
    );
  });

  test.each([
    ["上半年完成招标", "7月完成招标", 63],
    ["上半年完成招标", "5月完成招标", 90],
    ["12月底前完成验收", "2023年11月完成验收", 90],
  ])("%s against %s: %d of 90", (target, actual, score) => {
    expect(scored(target, actual).score).toBe(score);
  });

  test("the date with its verb is the deadline, the task a remark", () => {
    expect(parseValue("上半年完成招标")).toMatchObject({
      kind: "deadline",
      month: 6,
      remark: { figure: "上半年完成", note: "招标" },
    });
  });

  test.each([["12月底前完成部分"], ["12月底前完成一半"], ["12月底前未验收"], ["12月底前完成3个村"]])(
    "%s is no deadline with a task (a share, a negation or a figure after the verb)",
    (text) => {
      const p = parseValue(text);
      expect(p.kind === "deadline" && p.remark !== undefined).toBe(false);
    },
  );
});

// A ten-day part of a month (上旬, 中旬, 下旬) was read as no date: 7月18日 against 6月中旬前 had full marks
describe("上旬, 中旬 and 下旬 end on the 10th, the 20th and the month's end", () => {
  test.each([
    ["6月中旬前", "7月18日"],
    ["6月下旬", "7月10日"],
    ["10月上旬", "10月下旬"],
    ["6月上旬前", "6月中旬"],
  ])("%s against %s: late, 部分达成", (target, actual) => {
    expect(scored(target, actual)).toMatchObject({ score: 63, status: "qualitative" });
  });

  test.each([
    ["6月中旬前", "6月15日"],
    ["6月底前", "6月中旬"],
  ])("%s against %s: on time", (target, actual) => {
    expect(scored(target, actual).score).toBe(90);
  });

  test("the readings", () => {
    expect(parseValue("2023年6月中旬前", {})).toMatchObject({ kind: "deadline", comparator: "<=", month: 6, day: 20 });
    expect(parseValue("6月上旬", {})).toMatchObject({ kind: "deadline", month: 6, day: 10 });
    expect(parseValue("6月下旬", {})).toMatchObject({ kind: "deadline", month: 6, day: null });
  });
});
