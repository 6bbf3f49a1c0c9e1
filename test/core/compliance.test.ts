// Keeping to the rules: a target asking it (合规, 规范, 专款专用, 符合财务管理制度, 严格执行财务制度) answered by words saying
// no breach was found is 达成 (it waited for a person), by words saying one was 未达成; one put right waits.

import { asksCompliance, complianceBand } from "../../src/core/compliance";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string, level3 = "资金使用合规性") =>
  seedRowOutcome(oneRowSeed({ level1: "产出指标", level2: "质量指标", level3, target, actual }));

test.each([
  ["合规", "无违规使用资金情况"],
  ["合规", "未发现违规违纪问题"],
  ["规范", "无挤占挪用现象"],
  ["合规", "经审计未发现问题"],
  ["资金使用合规", "没有发现截留、挤占、挪用资金现象"],
  ["确保资金使用合规", "资金使用无违规"],
  ["专款专用", "未违反财务制度"],
  ["符合财务管理制度", "无违规"],
])("%s against %s: 达成, said", (target, actual) => {
  const o = scored(target, actual);
  expect(o.score).toBe(90);
  expect(o.findings).toContain(
    `NONE_OCCURRED E11: 实际完成值“${actual}”说明未发现违规，与年度指标值“${target}”相符，判为达成`,
  );
});

test.each([
  ["合规", "存在违规使用资金情况"],
  ["合规", "发现1起违规"],
])("%s against %s: 未达成, with the band's review", (target, actual) => {
  const o = scored(target, actual);
  expect(o.score).toBe(0);
  expect(o.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW") && f.includes("判为未达成"))).toBe(true);
});

// A problem of not keeping to them was 达成 with full marks and no finding (the 不 was read as 无 of 无安全事故)
test.each([
  ["规范", "存在不规范问题"],
  ["合规", "发现不合规问题2个"],
  ["规范", "有2个不规范问题"],
])("%s against %s: a problem of not meeting it, 未达成 with the band's review (was 90)", (target, actual) => {
  const o = scored(target, actual);
  expect(o.score).toBe(0);
  expect(o.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW") && f.includes("判为未达成"))).toBe(true);
});

test("a breach put right, a bare 无, and words of no breach against another target wait for a person", () => {
  expect(complianceBand("存在挤占挪用，已整改", "合规")).toBeNull();
  expect(scored("合规", "存在挤占挪用，已整改").score).toBeNull();
  expect(scored("合规", "无").score).toBeNull();
  expect(complianceBand("无违规", "无安全事故")).toBeNull();
  expect(complianceBand("未发现质量问题", "合格")).toBeNull();
  // 有效 is a word of the spec's first band, as before
  expect(scored("合规", "有效").score).toBe(90);
});

test("what asks that the rules be kept", () => {
  for (const t of [
    "合规",
    "规范",
    "依法合规",
    "确保资金使用合规",
    "专款专用",
    "符合国家财务管理制度",
    "严格执行财务制度",
  ])
    expect(asksCompliance(t)).toBe(true);
  for (const t of ["合格", "无安全事故", "符合设计标准", "规范化管理水平明显提升"])
    expect(asksCompliance(t)).toBe(false);
});

test("a target's manner and verb answered alone: 严格执行 达成, 未严格执行 未达成", () => {
  expect(scored("严格执行财务制度", "严格执行", "资金管理规范性").score).toBe(90);
  expect(scored("严格执行财务制度", "已严格执行", "资金管理规范性").score).toBe(90);
  expect(scored("严格执行财务制度", "未严格执行", "资金管理规范性").score).toBe(0);
});
