// A completed value that holds the target's text was 达成 whatever stood around it (spec §3 order 1): 达不到有效提升,
// 拟建立健全, 按时完成与否尚不确定, 目标12月底前 and 12月底前完成招标 had full marks with no finding. The target counts now
// only where nothing around it negates it, plans it, doubts it or limits it: the words that decide a value without the
// target (未达到, 拟出台, 部分完成, 已完成招标, 已完成60%) decide it with the target too.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual, reason: "" }));

const banded = (actual: string, band: string, point: number, score: string) =>
  `QUALITATIVE_REVIEW G11: “${actual}”判为${band}，按${point}%×90计${score}分，请人工确认`;
const noBand = (actual: string) =>
  `QUALITATIVE_REVIEW G11: 实际完成情况“${actual}”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`;

describe("the target negated or fallen short of around it is 未达成", () => {
  test.each([
    ["群众健康意识", "有效提升", "达不到有效提升"],
    ["群众健康意识", "有效提升", "做不到有效提升"],
    ["群众健康意识", "有效提升", "离有效提升还有差距"],
    ["群众健康意识", "有效提升", "距有效提升尚远"],
    ["群众健康意识", "有效提升", "难言有效提升"],
    ["工程质量", "达到合格标准", "离合格标准差一点"],
    ["完成时间", "按时完成", "差一点按时完成"],
    ["资金拨付", "及时", "及时拨付率较低"],
    ["资金拨付", "及时", "及时兑付率偏低"],
  ])("%s: %s against %s is 0 of 90", (name, target, actual) => {
    const out = run(name, target, actual);
    expect(out.score).toBe(0);
    expect(out.status).toBe("qualitative");
    expect(out.findings[0]).toBe(banded(actual, "未达成", 0, "0.00"));
  });

  test("the same words without the target decide as they do with it (难言满意 was 达成 by 满意)", () => {
    expect(run("群众满意度", "满意", "难言满意").findings[0]).toBe(banded("难言满意", "未达成", 0, "0.00"));
  });
});

describe("the target said of a part, a few or all but an exception is 部分达成", () => {
  test.each([
    ["群众健康意识", "有效提升", "有效提升目标仅部分实现"],
    ["工程质量", "达到合格标准", "少数达到合格标准"],
    ["工程质量", "达到合格标准", "极少数达到合格标准"],
    ["工程质量", "达到合格标准", "除屋面外达到合格标准"],
    ["完成时间", "按时完成", "个别按时完成"],
    ["工程质量", "合格", "少数合格"],
    ["工程质量", "合格", "除屋面外合格"],
  ])("%s: %s against %s is 63 of 90", (name, target, actual) => {
    const out = run(name, target, actual);
    expect(out.score).toBe(63);
    expect(out.findings[0]).toBe(banded(actual, "部分达成", 70, "63.00"));
  });
});

describe("the target planned, drafted, striven for, asked, doubted or set again is not scored", () => {
  test.each([
    ["制度建设", "建立健全", "拟建立健全"],
    ["制度建设", "建立健全", "正在建立健全"],
    ["制度建设", "建立健全", "建立健全（草案）"],
    ["群众健康意识", "有效提升", "有效提升（计划）"],
    ["工程质量", "达到合格标准", "力求达到合格标准"],
    ["完成时间", "按时完成", "按时完成（计划）"],
    ["完成时间", "按时完成", "按时完成（预计）"],
    ["完成时间", "按时完成", "按时完成与否尚不确定"],
    ["完成时间", "按时完成", "按时完成？"],
    ["完成时间", "按时完成", "按时完成了吗"],
    ["完成时间", "按时完成", "按时完成有困难"],
    ["合规性", "合规", "合规与否待审计"],
    ["达标情况", "达标", "达标与否待检测"],
    ["完成时间", "12月底前", "目标12月底前"],
    ["完成时间", "12月底前", "目标为12月底前"],
    ["完成时间", "12月底前", "要求12月底前完成"],
    // the same words without the target (完成 was 达成 by itself)
    ["完成时间", "按时完成", "完成与否尚不确定"],
  ])("%s: %s against %s waits for a person", (name, target, actual) => {
    const out = run(name, target, actual);
    expect(out.score).toBeNull();
    expect(out.status).toBe("qualitative");
    expect(out.findings[0]).toBe(noBand(actual));
  });
});

describe("the target's deadline with a share or a stage done by it", () => {
  test.each([
    ["12月底前拨付50%", 50, "未达成", 0, "0.00", 0],
    ["12月底前发放80%", 80, "部分达成", 70, "63.00", 63],
  ])("%s is banded by its share (%d%%)", (actual, percent, band, point, said, score) => {
    const out = run("完成时间", "12月底前", actual);
    expect(out.score).toBe(score);
    expect(out.findings).toContain(
      `BAND_FROM_DEGREE E11: 实际完成值“${actual}”按完成比例${percent}%判为${band}（年度指标值“12月底前”要求全部完成，100%及以上为达成，60%及以上为部分达成）`,
    );
    expect(out.findings).toContain(banded(actual, band, point, said));
  });

  test.each([
    ["完成时间", "12月底前", "12月底前完成招标"],
    ["完成时间", "12月底前", "12月底前完成立项"],
    ["项目实施", "按计划完成", "按计划完成前期工作"],
  ])("%s: a stage done (%s against %s) waits for a person", (name, target, actual) => {
    const out = run(name, target, actual);
    expect(out.score).toBeNull();
    expect(out.findings[0]).toBe(noBand(actual));
  });
});

// each of these was 90 before and stays 90: the target said plainly, also with 已, 得到, 均, 全部, a date or a next step
const PLAIN: readonly (readonly [string, string, string])[] = [
  ["群众健康意识", "有效提升", "有效提升"],
  ["群众健康意识", "有效提升", "已有效提升"],
  ["群众健康意识", "有效提升", "得到有效提升"],
  ["群众健康意识", "有效提升", "有效提升明显"],
  ["完成时间", "按时完成", "按时完成"],
  ["完成时间", "按时完成", "均按时完成"],
  ["完成时间", "按时完成", "已按时完成（12月20日）"],
  ["完成时间", "12月底前", "12月底前完成"],
  ["完成时间", "12月底前", "于12月底前全部拨付"],
  ["工程质量", "达到合格标准", "达到合格标准"],
  ["工程质量", "达到合格标准", "全部达到合格标准"],
  ["制度建设", "建立健全", "建立健全并运行"],
  ["制度建设", "建立健全", "已建立健全"],
  ["项目实施", "按计划完成", "按计划完成全部建设任务"],
];

describe("the target said plainly keeps full marks beside the same words said otherwise", () => {
  test.each(PLAIN)(
    "%s: %s against %s is 90 of 90, its negated, planned and doubted forms are not",
    (name, target, actual) => {
      expect(run(name, target, actual).score).toBe(90);
      const bare = actual.replace(/^(?:已|均|全部|得到|于)/, "").replace(/（.*）$/, "");
      expect(run(name, target, `未能${bare}`).score).toBe(0);
      expect(run(name, target, `拟${bare}`).score).toBeNull();
      expect(run(name, target, `${bare}与否尚不确定`).score).toBeNull();
    },
  );
});
