import { BUILT_IN_PROFILES, builtInProfile } from "../../src/core/profile";
import { candidateFromDraft, draftFromProfile, newWeightRow, parseList, parseNumber } from "../../src/ui/profileForm";
import { validateDraft } from "../../src/ui/profileValidation";

const central = BUILT_IN_PROFILES[0];

describe("profile draft", () => {
  test.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))(
    "%s survives draft and validation unchanged",
    (_id, p) => {
      const result = validateDraft("zh", draftFromProfile(p));
      expect(result).toEqual({ ok: true, profile: p });
    },
  );

  test("lists split on half- and full-width commas and 、; numbers accept full-width digits", () => {
    expect(parseList("完成, 实现，达到、 基本完成 ,")).toEqual(["完成", "实现", "达到", "基本完成"]);
    expect(parseNumber("０.９")).toBe(0.9);
    expect(parseNumber(" 20 ")).toBe(20);
    expect(parseNumber("")).toBeNaN();
  });

  test("an empty reason threshold means no rule, a value is a fraction", () => {
    const draft = draftFromProfile(builtInProfile("sichuan")!);
    expect(draft.reasonBelowRate).toBe("0.9");
    draft.reasonBelowRate = "";
    const result = validateDraft("zh", draft);
    expect(result.ok && result.profile.funding.reasonBelowRate).toBeNull();
  });

  test("every edited setting reaches the profile", () => {
    const d = draftFromProfile(central);
    Object.assign(d, {
      fullMark: "120",
      fundingWeight: "20",
      fundingDecimals: "0",
      fundingMode: "floor",
      scoreMode: "floor",
      scoreDecimals: "1",
      points: ["1", "0.65", "0.1"],
      bandFloors: ["0.85", "0.5"],
      vocabAchieved: "圆满完成",
      overThreshold: "0.5",
      overAction: "deduct",
      naMarkers: "不适用, 无此项",
      naRescale: false,
      gradeExcellent: "95",
      reasonPlaceholders: "无",
      lowerIsBetter: "投诉率",
      higherIsBetter: "达标率",
      requiredLevel2: "数量指标, 质量指标",
    });
    d.weights = [newWeightRow("产出指标", "60"), newWeightRow("效益指标", "40")];
    const result = validateDraft("zh", d);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.profile).toMatchObject({
      fullMark: 120,
      level1Weights: { 产出指标: 60, 效益指标: 40 },
      funding: { weight: 20, rounding: { decimals: 0, mode: "floor" }, reasonBelowRate: null },
      scoreRounding: { decimals: 1, mode: "floor" },
      qualitative: {
        points: [1, 0.65, 0.1],
        bandFloors: [0.85, 0.5],
        vocabulary: { achieved: ["圆满完成"], partial: [], missed: [] },
      },
      overAchievement: { threshold: 0.5, action: "deduct" },
      notApplicable: { markers: ["不适用", "无此项"], rescale: false },
      grades: { excellent: 95, good: 80, pass: 60 },
      reasonPlaceholders: ["无"],
      lowerIsBetter: ["投诉率"],
      higherIsBetter: ["达标率"],
      requiredLevel2: ["数量指标", "质量指标"],
    });
  });
});

describe("profile validation messages", () => {
  test("schema issues land on their fields in Chinese", () => {
    const d = draftFromProfile(central);
    Object.assign(d, {
      overThreshold: "-1",
      fullMark: "0",
      fundingDecimals: "1.5",
      name: " ",
      reasonBelowRate: "1.2",
      gradePass: "abc",
    });
    d.points = ["1", "2", "0"];
    d.weights[0].weight = "-3";
    const result = validateDraft("zh", d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      overThreshold: "不能小于 0",
      fullMark: "必须大于 0",
      fundingDecimals: "须为整数",
      name: "不能为空",
      reasonBelowRate: "不能大于 1",
      gradePass: "请输入数字",
      "points.1": "不能大于 1",
      [`weights.${d.weights[0].key}.weight`]: "不能小于 0",
    });
    expect(candidateFromDraft(d)).toMatchObject({ overAchievement: { threshold: -1 } });
  });

  test("English messages", () => {
    const d = draftFromProfile(central);
    d.overThreshold = "-0.1";
    d.id = "x".repeat(65);
    const result = validateDraft("en", d);
    expect(result.ok ? {} : result.errors).toEqual({
      overThreshold: "Must be at least 0",
      id: "At most 64 characters",
    });
  });

  test("blank and repeated level-1 names, and grades out of order, are refused", () => {
    const d = draftFromProfile(central);
    const blank = newWeightRow("", "5");
    const twin = newWeightRow("产出指标", "5");
    d.weights.push(blank, twin);
    d.gradeGood = "92";
    const result = validateDraft("zh", d);
    if (result.ok) throw new Error("should fail");
    expect(result.errors[`weights.${blank.key}.name`]).toBe("不能为空");
    expect(result.errors[`weights.${twin.key}.name`]).toBe("名称重复");
    expect(result.errors.gradeGood).toBe("须低于优（90）");
    expect(result.errors.gradePass).toBeUndefined();
  });
});
