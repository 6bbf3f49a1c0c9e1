// Header recognition in three steps (spec §1 amendment 4): normalise, exact synonym, key term.
import { fundingRole, indicatorRole, normaliseHeader, pointsInLabel } from "../../src/core/tables/headerTerms";
import { periodOf } from "../../src/core/tables/headerQualifiers";

describe("step 1: normalise", () => {
  test.each([
    ["年初目标值(A)", "年初目标值"],
    ["全年执行数(B)", "全年执行数"],
    ["执行率(B/A)", "执行率"],
    ["得分(10分*执行率)", "得分"],
    ["得分（20分*执行率）", "得分"],
    ["分值（分）", "分值"],
    ["预算数（万元）", "预算数"],
    ["执行率(%)", "执行率"],
    ["绩 效 指 标", "绩效指标"],
    ["年度\n指标值", "年度指标值"],
    ["实际完成值【必填】", "实际完成值"],
    ["三级指标：", "三级指标"],
    ["ＡＢＣ　值", "ABC值"],
    ["（20分）", "(20分)"],
  ])("%j → %s", (raw, key) => expect(normaliseHeader(raw)).toBe(key));
});

describe("indicator headers", () => {
  test.each([
    // [header, role, how]
    ["一级指标", "level1", "synonym"],
    ["一级指标名称", "level1", "key-term"],
    ["二 级 指 标", "level2", "synonym"],
    ["三级指标", "level3", "synonym"],
    ["绩效指标", "level3", "synonym"],
    ["指标名称", "level3", "synonym"],
    ["指标内容", "level3", "key-term"],
    ["具体指标", "level3", "key-term"],
    ["考核指标", "level3", "key-term"],
    ["三级指标内容", "level3", "key-term"],
    ["年度指标值", "target", "synonym"],
    ["年初目标值(A)", "target", "key-term"],
    ["预期目标", "target", "key-term"],
    ["年度计划值", "target", "key-term"],
    ["调整指标值", "targetAdjusted", "synonym"],
    ["实际完成值(B)", "actual", "synonym"],
    ["全年实际值", "actual", "key-term"],
    ["实际完成数", "actual", "key-term"],
    ["完成情况", "actual", "key-term"],
    ["分值", "weight", "synonym"],
    ["权重(%)", "weight", "synonym"],
    ["满分", "weight", "key-term"],
    ["得分(20分*执行率)", "score", "synonym"],
    ["实际得分", "score", "key-term"],
    ["评分", "score", "synonym"],
    ["偏差原因分析及改进措施", "reason", "synonym"],
    ["未完成原因及整改措施", "reason", "key-term"],
    ["改进措施", "reason", "key-term"],
    ["度量单位", "unit", "synonym"],
    ["计量单位(万元)", "unit", "synonym"],
    ["指标性质", "comparator", "synonym"],
    ["符号", "comparator", "synonym"],
    ["指标方向性", "comparator", "key-term"],
    ["绩效指标描述", "description", "synonym"],
    ["序号", "serial", "synonym"],
  ])("%j is %s by %s", (header, role, by) => expect(indicatorRole(header)).toMatchObject({ role, by }));

  test("key terms in the spec's priority: reason, weight, score, actual, target, unit, comparator", () => {
    expect(indicatorRole("偏差原因(实际完成值低于目标值时填写)")?.role).toBe("reason");
    expect(indicatorRole("指标分值得分")?.role).toBe("weight");
    expect(indicatorRole("实际完成得分")?.role).toBe("score");
    expect(indicatorRole("实际完成目标值")?.role).toBe("actual");
    expect(indicatorRole("目标值单位")?.role).toBe("unit");
  });

  test.each([
    "评分说明", // the explanation column this product may add
    "年度总体目标",
    "总体目标",
    "指标值确定依据",
    "得分依据", // the basis of a score, not the score (得分说明, 得分理由, 得分标准 too)
    "得分说明",
    "自评得分理由",
    "得分标准",
    "备注",
    "值",
    "一级指标下设的三级指标名称应与绩效目标申报表中的名称完全一致并逐项填写",
    "95%",
    "",
  ])("%j fits no role and is ignored", (header) => expect(indicatorRole(header)).toBeNull());

  test("a number is never a header", () => expect(indicatorRole(3)).toBeNull());
});

describe("funding headers", () => {
  test.each([
    ["年初预算数", "initial"],
    ["全年预算数", "budget"],
    ["调整后预算数", "adjusted"],
    ["预算数(A)", "budget"],
    ["全年预算(万元)", "budget"],
    ["全年执行数", "executed"],
    ["执行数(B)", "executed"],
    ["预算执行数", "executed"],
    ["实际支出数", "executed"],
    ["支出数", "executed"],
    ["执行率(B/A)", "rate"],
    ["预算执行率", "rate"],
    ["分值", "weight"],
    ["得分(20分*执行率)", "score"],
  ])("%j is %s", (header, role) => expect(fundingRole(header)?.role).toBe(role));

  test.each(["预算执行情况（20分）", "项目资金（万元）", "资金来源", "评分说明", "得分依据"])(
    "%j fits no funding role",
    (h) => expect(fundingRole(h)).toBeNull(),
  );
});

test.each([
  ["预算执行情况（20分）", 20],
  ["得分(20分*执行率)", 20],
  ["产出指标（63分）", 63],
  ["满意度指标(2.5分)", 2.5],
  ["预算执行情况", null],
])("points in %j: %s", (label, points) => expect(pointsInLabel(label)).toBe(points));

describe("the part of the year a header names (headerQualifiers.periodOf)", () => {
  test.each([
    ["1-12月实际完成值", "whole"],
    ["1月至12月完成值", "whole"],
    ["全年完成情况", "whole"],
    ["全年度完成值", "whole"],
    ["年度实际完成值", "whole"],
    ["截至12月底完成值", "whole"],
    ["截至年底完成值", "whole"],
    ["1-6月实际完成值", "part"],
    ["１－９月完成值", "part"],
    ["上半年完成情况", "part"],
    ["上半年度完成值", "part"],
    ["一季度完成值", "part"],
    ["前三季度完成值", "part"],
    ["截至6月底完成值", "part"],
    ["6月30日完成值", "part"],
    ["实际完成值", null],
    ["2022年完成值", null],
  ])("%s → %s", (text, period) => {
    expect(periodOf(text)).toBe(period);
  });
});
