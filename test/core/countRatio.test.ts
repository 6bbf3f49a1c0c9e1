// A rate answered by two counts (验收10个，合格9个 against 验收合格率 ≥95%): the count named by the rate's measure out of
// the other (or out of both, when the other is named by the negated measure: 合格45批次，不合格5批次) is the rate
// reached, said as a review. Such words had full marks by 合格 or 满意 with a review that the
// figures could not be compared.
import { countRatio } from "../../src/core/score/countRatio";
import { readWords } from "../../src/core/score/figureInUnit";
import { parseValue } from "../../src/core/parse";
import type { QuantityValue } from "../../src/core/parse/types";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual }));
const target = (text: string) => parseValue(text) as QuantityValue;

describe("the rows", () => {
  test("验收10个，合格9个 against 验收合格率 ≥95%: 90 %, 85.26 of 90 (was 90, full marks by 合格)", () => {
    expect(scored("验收合格率", "≥95%", "验收10个，合格9个")).toEqual({
      score: 85.26,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW E11: 实际完成值“验收10个，合格9个”写的是数量，按“合格9个”占“10个”的比例即90%计分，请人工核对",
        "NOT_MET_NO_REASON H11: 实际完成值90%低于年度指标值95%，按90/95×90计85.26分，请填写偏差原因",
      ],
    });
  });

  test("发放问卷200份，满意190份 against 群众满意度 ≥90%: 95 %, full marks, said", () => {
    const r = scored("群众满意度", "≥90%", "发放问卷200份，满意190份");
    expect([r.score, r.findings[0]]).toEqual([
      90,
      "QUALITATIVE_REVIEW E11: 实际完成值“发放问卷200份，满意190份”写的是数量，按“满意190份”占“200份”的比例即95%计分，请人工核对",
    ]);
  });

  test("满意170人，不满意30人 against 群众满意度 ≥90%: 85 %, 85 of 90 (was 0 by 不满意)", () => {
    expect(scored("群众满意度", "≥90%", "满意170人，不满意30人")).toEqual({
      score: 85,
      status: "scored",
      findings: [
        "QUALITATIVE_REVIEW E11: 实际完成值“满意170人，不满意30人”写的是数量，按“满意170人”占“满意170人”与“不满意30人”之和的比例即85%计分，请人工核对",
        "NOT_MET_NO_REASON H11: 实际完成值85%低于年度指标值90%，按85/90×90计85.00分，请填写偏差原因",
      ],
    });
  });
});

describe("the counts", () => {
  test.each([
    ["验收合格率", "合格9个，验收10个", "合格9个", "10个", 90],
    ["群众满意度", "调查200人，满意的180人", "满意的180人", "200人", 90],
    ["政策知晓率", "调查100人，知晓85人", "知晓85人", "100人", 85],
    // the measure word after the count, and a unit in brackets closing the name
    ["验收合格率", "抽检50批次，45批次合格", "45批次合格", "50批次", 90],
    ["群众满意度", "200人中170人满意", "170人满意", "200人", 85],
    ["验收合格率（%）", "验收10个，合格9个", "合格9个", "10个", 90],
    ["群众满意度(%)", "调查200人，满意170人", "满意170人", "200人", 85],
    // the whole named as owed (应覆盖, 应到位), and sums of money
    ["覆盖率", "应覆盖20个村，覆盖18个", "覆盖18个", "20个", 90],
    ["资金到位率", "应到位500万元，到位480万元", "到位480万元", "500万元", 96],
    ["资金到位率", "到位480万元，应到位500万元", "到位480万元", "500万元", 96],
    ["资金拨付率", "预算500万元，拨付480万元", "拨付480万元", "500万元", 96],
  ])("%s, %s: %s of %s", (name, text, part, whole, rate) => {
    expect(countRatio(name, readWords(text, true), target("≥80%"))).toEqual({ part, whole, complement: null, rate });
  });

  test.each([
    ["验收合格率", "合格45批次，不合格5批次", "合格45批次", "不合格5批次", 90],
    ["群众满意度", "170人满意，30人不满意", "170人满意", "30人不满意", 85],
    ["群众满意度", "不满意30人，满意170人", "满意170人", "不满意30人", 85],
  ])("%s, %s: %s of itself and %s", (name, text, part, complement, rate) => {
    expect(countRatio(name, readWords(text, true), target("≥80%"))).toMatchObject({ part, complement, rate });
  });

  test.each([
    ["覆盖率", "覆盖20个村，覆盖18个", "both counts named by the measure"],
    ["资金到位率", "到位480万元，另有20人", "two unit families"],
    ["面积达标率", "达标80亩，共100亩", "neither counts nor money"],
    ["群众满意度", "调查200人，满意180人，基本满意15人", "three counts"],
    ["验收合格率", "验收10个，合格12个", "the part above the whole"],
    ["验收合格率", "验收10个，完成9个", "no count named by the measure"],
    ["培训人次", "培训200人，合格190人", "a name that is no rate"],
    ["验收合格率", "验收10个，合格9批", "two count units"],
    ["验收合格率", "验收10个，不合格1个", "only the complement named"],
    ["验收合格率", "9个合格，1个合格", "both named"],
  ])("%s, %s: none (%s)", (name, text) => {
    expect(countRatio(name, readWords(text, true), target("≥80%"))).toBeNull();
  });

  test("the rate is in hundredths of a percent, counts in their base (2 of 3: 66.67; 1.1万人 of 12000人)", () => {
    expect(countRatio("群众满意度", readWords("调查3人，满意2人", true), target("≥90%"))?.rate).toBe(66.67);
    expect(countRatio("群众满意度", readWords("调查12000人，满意1.1万人", true), target("≥90%"))?.rate).toBe(91.67);
  });

  test("a target that is no percent takes none", () => {
    expect(countRatio("验收合格率", readWords("验收10个，合格9个", true), target("≥9个"))).toBeNull();
  });
});

/** `actual` against `name` 100%: 11 of 12, 82.5 of 90, with the review naming `part` out of `whole`. */
function expectElevenOfTwelve(name: string, actual: string, part: string, whole: string): void {
  const r = scored(name, "100%", actual);
  expect(r.score).toBe(82.5);
  expect(r.findings[0]).toBe(
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写的是数量，按“${part}”占“${whole}”的比例即91.67%计分，请人工核对`,
  );
}

// A verb between the part's figure and the measure (12个项目中11个验收合格 against 验收合格率 100%) hid the part: full
// marks by 合格, with a review.
test.each([
  ["12个项目中11个验收合格", "11个验收合格"],
  ["12个项目有11个验收合格", "11个验收合格"],
])("%s is 11 of 12: 82.5 of 90", (actual, part) => {
  expectElevenOfTwelve("验收合格率", actual, part, "12个");
});

// A 及时率 answered in the words of doing in time (按时, 按期, before a verb: 按时拨付11笔) had full marks by 按时, with
// a review that the figures could not be compared; 12笔中 was read as a count word of its own (笔中).
test.each([
  ["按时拨付11笔，共12笔", "按时拨付11笔"],
  ["12笔中按时拨付11笔", "按时拨付11笔"],
  ["共12笔，按期11笔", "按期11笔"],
])("%s against 资金拨付及时率 100%% is 11 of 12: 82.5 of 90", (actual, part) => {
  expectElevenOfTwelve("资金拨付及时率", actual, part, "12笔");
});
