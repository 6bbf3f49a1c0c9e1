// The message tables, tested once: every finding code and every variant of its values renders in both languages,
// with its numbers; English has no full-width punctuation outside the quoted cell texts and names.
import {
  en,
  fileMessage,
  zh,
  type FileProblem,
  type FileProblemKind,
  type FindingParams,
  type Messages,
  type ProblemOf,
  type ReadFailure,
  type Shortfall,
} from "../../src/core/messages";
import { FindingCodeSchema, type FindingCode } from "../../src/core/report";

const quantity: Shortfall = {
  kind: "quantity",
  actual: "11篇",
  relation: "below",
  target: "15篇",
  formula: { kind: "ratio", num: 11, den: 15, weight: 3 },
  score: 2.2,
};
const band: Shortfall & { kind: "band" } = {
  kind: "band",
  actual: "基本完成",
  band: 1,
  point: 0.7,
  weight: 3,
  score: 2.1,
  lead: { actual: "2022年1月", target: "2021年12月" },
  late: null,
};

/** Sample values of every code, each variant once (a missing code does not compile). */
const SAMPLES: { [C in FindingCode]: FindingParams[C][] } = {
  TARGET_UNPARSEABLE: [
    { text: "M.8万元", reason: { code: "FIGURE_IN_WORDS" } },
    { text: "2-8℃", reason: { code: "TEMPERATURE", text: "2-8℃" } },
  ],
  ACTUAL_UNPARSEABLE: [
    { text: "#DIV/0!", reason: { code: "ERROR_VALUE", value: "#DIV/0!" } },
    {
      text: "1185000",
      reason: { code: "UNIT_UNCLEAR", from: "target", read: "1185000万元", target: "120万元", times: 9875 },
    },
  ],
  ACTUAL_MISSING: [
    { kind: "row", target: "≥15篇" },
    { kind: "row", target: "≥15篇", mark: "不适用" },
    { kind: "table", terms: ["实际", "完成值"], ignored: [{ column: "E", text: "执行情况", duplicate: false }] },
    { kind: "table", terms: ["实际"], ignored: [] },
    {
      kind: "table",
      terms: ["实际"],
      ignored: [
        { column: "E", text: "1-6月实际完成值", duplicate: false, period: "period-unclear" },
        { column: "F", text: "7-12月实际完成值", duplicate: false, period: "period-unclear" },
        { column: "H", text: "执行情况", duplicate: false },
      ],
    },
    {
      kind: "table",
      terms: ["实际"],
      ignored: [
        { column: "E", text: "1-6月实际完成值", duplicate: false, period: "part-only" },
        { column: "F", text: "全年预计完成值", duplicate: false, period: "forecast-only" },
      ],
    },
    {
      kind: "table",
      terms: ["实际"],
      ignored: [
        { column: "E", text: "上半年完成值", duplicate: false, period: "period-unclear" },
        { column: "F", text: "下半年完成值", duplicate: false, period: "period-unclear" },
        { column: "G", text: "全年预计完成值", duplicate: false, period: "forecast-only" },
      ],
    },
  ],
  UNIT_MISMATCH: [{ targetUnit: "次", actualUnit: "人" }],
  WEIGHT_MISSING: [
    { kind: "row", text: "三分" },
    { kind: "row", text: null },
    { kind: "row", text: "-5", negative: true },
    { kind: "row", text: "20", merged: "F11:F12" },
    { kind: "table", comparable: 7, met: 5, terms: ["分值", "权重"], ignored: [] },
    {
      kind: "table",
      comparable: 4,
      met: 4,
      terms: ["分值"],
      ignored: [{ column: "F", text: "标准分", duplicate: false }],
    },
  ],
  TARGET_MISSING: [{ weight: 3 }, { weight: 3, mark: "/", actual: "5次" }],
  TOTAL_INCOMPLETE: [
    {
      partial: 87.5,
      waiting: [
        { row: 17, name: "形成调研报告数量", weight: 3 },
        { row: 21, name: "满意度", weight: 4.5 },
      ],
    },
  ],
  NOT_MET_NO_REASON: [
    { shortfall: quantity },
    { shortfall: band },
    { shortfall: { ...quantity, relation: "above", formula: { kind: "zero-target", target: 0 }, score: 0 } },
    {
      shortfall: {
        ...quantity,
        relation: "above",
        formula: { kind: "above-range", num: 5000, den: 5200, weight: 10 },
        score: 9.62,
      },
    },
  ],
  OVER_ACHIEVED: [
    { kind: "above", actual: "70件", target: "50件", percent: 40, threshold: 0.2, deducted: null },
    { kind: "above", actual: "70件", target: "50件", percent: 40, threshold: 0.2, deducted: 2.4 },
    { kind: "range", actual: "6次", range: "3-5次", high: "5次", percent: 20 },
  ],
  QUALITATIVE_REVIEW: [
    { kind: "no-band", actual: "已提交报告", lead: null },
    { kind: "band", shortfall: band },
    { kind: "band", shortfall: { ...band, actual: "2022年1月完成", late: { kind: "date" } } },
    { kind: "band", shortfall: { ...band, actual: "延期完成", lead: null, late: { kind: "words", word: "延期" } } },
    { kind: "band", shortfall: { ...band, actual: "合格", lead: null, below: { actual: "合格", target: "良好" } } },
    { kind: "band", shortfall: { ...band, actual: "复验合格", band: 2, point: 0, lead: null, retry: "复验" } },
    {
      kind: "band",
      shortfall: { ...band, actual: "考核结果为合格", lead: null, below: { actual: "合格", target: "良好" } },
    },
    { kind: "figure-by-words", actual: "11篇已完成", target: "≥15篇" },
    { kind: "deadline-year", actual: "2022年1月", target: "12月底前", year: 2022 },
    { kind: "target-year", actual: "4月", target: "2022年3月前", year: 2022 },
    { kind: "year-wrap", actual: "1月10日", target: "12月31日前" },
    {
      kind: "count-ratio",
      actual: "验收10个，合格9个",
      part: "合格9个",
      whole: "10个",
      complement: null,
      counted: "90%",
    },
    {
      kind: "count-ratio",
      actual: "合格9个，不合格1个",
      part: "合格9个",
      whole: "1个",
      complement: "不合格1个",
      counted: "90%",
    },
    {
      kind: "survey-grades",
      actual: "非常满意60%，满意30%，基本满意8%",
      grades: ["非常满意60%", "满意30%"],
      left: ["基本满意8%"],
      counted: "90%",
    },
    { kind: "parts-summed", actual: "省级3篇，市级8篇", parts: ["省级3篇", "市级8篇"], counted: "11篇" },
    {
      kind: "parts-summed",
      actual: "省级3篇，市级8篇，共12篇",
      parts: ["省级3篇", "市级8篇"],
      counted: "11篇",
      total: "12篇",
    },
    {
      kind: "parts-summed",
      actual: "城区5个，农村6个，共12个",
      parts: ["城区5个", "农村6个"],
      counted: "11个",
      total: "12个",
      side: "target",
    },
    { kind: "remark-contradicts", text: "11篇（已完成）", figure: "11篇", note: "已完成" },
    { kind: "two-figures", text: "上半年95%，下半年97%", figure: "上半年95%", other: "下半年97%" },
    {
      kind: "two-figures",
      text: "国家级2篇，省级3篇，市级4篇",
      figure: "国家级2篇",
      other: "省级3篇,市级4篇",
      count: 3,
    },
    {
      kind: "paired",
      pairs: [
        { target: "城区≥95%", actual: "城区98%" },
        { target: "农村≥90%", actual: "农村85%" },
      ],
      missed: ["农村≥90%"],
    },
    { kind: "paired", pairs: [{ target: "3月底前开工", actual: "3月开工" }], missed: [] },
    { kind: "change-words", text: "下降3%", word: "下降", name: "收入增长率", counted: "-3%", reading: "negative" },
    {
      kind: "change-words",
      text: "完好率97%",
      word: "完好率",
      name: "设备故障率",
      counted: "3%",
      reading: "complement",
      whole: "100%",
    },
    { kind: "negative", actual: "-2万元", target: "≤50万元" },
    { kind: "shared-actual", range: "E14:E15", count: 2, actual: "已完成" },
    { kind: "change-words", text: "下降10%", word: "下降", name: "综合能耗", counted: "10%", reading: "unknown" },
    { kind: "figure-open", actual: "不到90%", relation: "below", figure: "90%", target: "≥90%" },
    { kind: "figure-open", actual: "300余元", relation: "just-above", figure: "300元", target: "≤300元" },
    { kind: "planned", actual: "计划培训120人次", label: "计划培训", target: "≥100人次" },
    { kind: "earlier", actual: "去年满意度95%", label: "去年", target: "≥90%" },
    { kind: "difference", actual: "超预算5万元", label: "超预算", target: "≤100万元" },
    { kind: "complement", actual: "不满意率5%", measure: "不满意率", name: "群众满意度", target: "≥90%" },
    {
      kind: "other-measure",
      actual: "调整率3%",
      measure: "调整率",
      sameWay: false,
      name: "预算编制准确率",
      target: "≥95%",
    },
    {
      kind: "other-measure",
      actual: "合格率100%",
      measure: "合格率",
      sameWay: true,
      name: "工程优良率",
      target: "≥60%",
    },
    { kind: "undone", actual: "尚有10个未完成", label: "未完成", target: "≥10个" },
    { kind: "not-reached", actual: "开工100套", label: "开工", sort: "step", target: "≥100套" },
    { kind: "not-reached", actual: "可培训1000人次", label: "可培训", sort: "estimate", target: "≥1000人次" },
  ],
  WEIGHTS_NOT_FULL: [{ sum: 97, full: 100 }],
  SCORE_DIFFERS: [
    { old: 2, text: "", computed: 2.2, kept: true, formula: false },
    { old: null, text: "满分", computed: 3, kept: false, formula: false },
    { old: 2, text: "", computed: 2.2, kept: true, formula: true },
    { old: null, text: "=SUM(G11:G19)", computed: 95.5, kept: true, formula: true, total: true, noResult: true },
    { old: null, text: "=F11", computed: 8, kept: true, formula: true, noResult: true },
    { old: null, text: "见佐证材料", computed: 3, kept: true, formula: false, words: true },
    { old: null, text: "自动计算", computed: 95.5, kept: true, formula: false, total: true, words: true },
    { old: null, text: "见决算表", computed: 95, kept: true, formula: false, words: true, rate: true },
  ],
  SCORE_ABOVE_WEIGHT: [{ old: 4, weight: 3 }],
  TOTAL_DIFFERS: [
    { old: 95, sum: 96.88 },
    { old: 95, sum: 97, funding: 10 },
  ],
  BUDGET_RATE_LOW: [{ rate: 0.5943, limit: 0.9, score: 5.94 }],
  UNIT_ASSUMED: [
    { kind: "fraction", value: 0.95, percent: 95 },
    { kind: "target-fraction", value: 0.95, percent: 95 },
    { kind: "actual-in-target-unit", value: 11, unit: "篇" },
    { kind: "target-in-actual-unit", value: 15, unit: "篇" },
    { kind: "persons-as-visits", target: "人次", actual: "人" },
    { kind: "workdays-as-days", target: "天", actual: "个工作日", week: false },
    { kind: "workdays-as-days", target: "个工作日", actual: "周", week: true },
    { kind: "as-place", side: "actual", text: "12名" },
    { kind: "per-basis", text: "6.4元/公斤", value: 3.2, high: null, unit: "元/斤" },
    { kind: "signed-change", text: "下降5.2%", word: "下降", counted: "-5.2%" },
    { kind: "points-as-percent", side: "actual", text: "95分" },
  ],
  DIRECTION_INFERRED: [
    { target: "100%", comparator: ">=", basis: "keyword", keyword: "执行率" },
    { target: "60%", comparator: ">=", basis: "keyword", keyword: "血压控制率" },
    { target: "320万元", comparator: "<=", basis: "cost-category", keyword: null },
    { target: "8755", comparator: ">=", basis: "default", keyword: null },
    { target: "3天", comparator: "<=", basis: "time-limit", keyword: null },
    { target: "下降1个百分点", comparator: ">=", basis: "change", keyword: null },
    { target: "±10%", comparator: "<=", basis: "deviation", keyword: null },
    { target: "控制在预算内", comparator: "<=", basis: "quota", keyword: "预算" },
    { target: "不超编", comparator: "<=", basis: "quota", keyword: "编制" },
  ],
  APPROXIMATE_VALUE: [
    { kind: "approximate", text: "1000多人次", counted: "1000人次" },
    { kind: "range", text: "8-12次", counted: "8次" },
    { kind: "range-top", text: "3-7个工作日", counted: "7个工作日" },
    { kind: "bound", text: "≥95%", counted: "95%" },
  ],
  REMARK_IGNORED: [
    { side: "actual", text: "11篇（受疫情影响）", figure: "11篇", note: "受疫情影响" },
    { side: "target", text: "≥15篇（全年）", figure: "≥15篇", note: "全年" },
  ],
  NOT_APPLICABLE_RESCALED: [{ rows: 2, sum: 85, applicable: 94, full: 100, total: 90.43 }],
  WEIGHTS_DIFFER_FROM_PROFILE: [
    { kind: "funding", table: 20, profile: 10 },
    {
      kind: "funding-sum",
      parts: ["财政拨款", "其他资金"],
      from: "财政拨款",
      weight: 10,
      rate: 0.97,
      score: 9.7,
      written: true,
    },
    { kind: "funding-sum", parts: null, from: "其中：财政拨款", weight: 10, rate: 0.9, score: 9, written: true },
    {
      kind: "funding-sum",
      parts: ["财政拨款", "其他资金"],
      from: null,
      weight: 20,
      rate: 0.97,
      score: 19.4,
      written: false,
    },
    {
      kind: "funding-parts",
      parts: [
        { label: "其中：财政拨款", weight: 5, score: 5 },
        { label: "上年结转资金", weight: null, score: null },
        { label: "其他资金", weight: 5, score: 3.75 },
      ],
      score: 8.75,
    },
    {
      kind: "level1",
      diffs: [
        { name: "产出指标", table: 63, profile: 50 },
        { name: "效益指标", table: 24, profile: 30 },
      ],
    },
  ],
  DIRECTION_SUSPECT: [
    { name: "采购计划完成率", target: "≤80%", should: ">=" },
    { name: "投诉率", target: "≥5%", should: "<=" },
  ],
  QUANTITY_CAPPED: [
    { name: "召开会议次数", target: "≤5次", description: "组织召开3-5次会议" },
    { name: "培训期数", target: "≤5次", description: null },
  ],
  COST_FLOOR: [{ name: "项目总成本", target: "≥90万元" }],
  QUALITATIVE_IN_QUANTITY: [{ name: "培训次数", target: "若干" }],
  TARGET_MISSING_UNIT: [{ name: "培训", target: "12" }],
  DUPLICATE_INDICATOR: [{ name: "培训次数", firstRow: 12 }],
  LEVEL2_MISSING: [{ missing: ["时效指标", "成本指标"] }],
  MERGED_SCORE_CELL: [{ range: "G11:G13", count: 3 }],
  NO_INDICATORS: [{ header: "A8:H8" }],
  WEIGHTS_FROM_BLOCKS: [
    { block: "产出指标", points: 60, rows: 6, each: 10, last: null },
    { block: "产出指标", points: 50.01, rows: 4, each: 12.5, last: 12.51 },
    { block: "产出指标", points: 30, of: 60, rows: 3, each: 10, last: null },
  ],
  FUNDING_MISSING: [
    { problems: [{ role: "budget", kind: "empty", text: null }], weight: 10 },
    {
      problems: [
        { role: "budget", kind: "zero", text: "0" },
        { role: "executed", kind: "unreadable", text: "约120万" },
      ],
      weight: 20,
    },
    { problems: [{ role: "executed", kind: "unit", text: "95万元" }], weight: 10 },
    { problems: [{ role: "budget", kind: "formula", text: "=D7+D8" }], weight: 10 },
    { problems: [{ role: "weight", kind: "formula", text: "=100-F20" }], weight: null },
    { problems: [{ role: "executed", kind: "negative", text: "-5" }], weight: 10 },
  ],
  WEIGHTS_FROM_NAMES: [{ rows: 2, example: "培训人次（20分）" }],
  WEIGHTS_FROM_PERCENT: [{ rows: 6, example: "10%", points: 10, full: 100 }],
  HIDDEN_ROWS: [
    { kind: "rows", rows: [12, 13] },
    { kind: "rows", rows: [5] },
    { kind: "many", rows: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20], count: 25 },
    { kind: "unknown" },
  ],
  HIDDEN_COLUMNS: [
    { kind: "columns", columns: [{ column: "G", header: "得分" }] },
    {
      kind: "columns",
      columns: [
        { column: "D", header: "年度指标值" },
        { column: "F", header: "分值" },
      ],
    },
    { kind: "unknown" },
  ],
  BUDGET_OVERRUN: [{ budget: 100, executed: 120, rate: 1.2, score: 10 }],
  BLOCK_POINTS_DIFFER: [
    { label: "产出指标（60分）", points: 60, weights: 50, rows: 5 },
    { label: "预算执行情况（20分）", points: 20, weights: 10, rows: null },
  ],
  EXAMPLE_TABLE_SKIPPED: [{ sheet: "填报说明", range: "A3:H4", mark: "填报示例（请勿修改）" }],
  BAND_FROM_DEGREE: [
    { actual: "完成全年任务的95%", percent: 95, band: 0, floors: [80, 60] },
    { actual: "完成70%", percent: 70, band: 1, floors: [80, 50] },
    { actual: "85%", percent: 85, band: 1, floors: [100, 60], all: "应保尽保" },
  ],
  SCORED_BY_WORDS: [
    { actual: "完成", band: 0 },
    { actual: "基本完成", band: 1 },
  ],
  HEADER_IGNORED: [
    {
      headers: [
        { column: "F", text: "指标值确定依据", duplicate: false },
        { column: "J", text: "完成情况说明", duplicate: true },
        { column: "K", text: "主管部门复核得分", duplicate: false, otherParty: true },
      ],
    },
    { headers: [{ column: "G", text: "得分（复核）", duplicate: false, otherParty: true }] },
    {
      headers: [
        { column: "E", text: "1-6月实际完成值", duplicate: false, period: "part-year" },
        { column: "G", text: "上半年完成值", duplicate: false, period: "period-unclear" },
      ],
    },
    { headers: [{ column: "F", text: "全年预计完成值", duplicate: false, period: "forecast" }] },
  ],
  SCORE_COLUMN_MISSING: [
    { terms: ["得分"], ignored: [{ column: "G", text: "自评分", duplicate: false }] },
    { terms: ["得分"], ignored: [] },
  ],
  HEADER_REPEATED: [{ row: 19 }],
  PERIOD_CONVERTED: [
    { side: "target", text: "每季度1次", yearly: "4次" },
    { side: "actual", text: "每月2-3次", yearly: "24-36次" },
  ],
  NONE_OCCURRED: [
    { kind: "zero", actual: "无", counted: "0起" },
    { kind: "words", actual: "未发生", target: "无重大安全事故" },
  ],
  TOTAL_NOT_WRITTEN: [
    { total: 96.88, grade: "优" },
    { total: 90.5, grade: null },
    {
      total: 95.5,
      grade: "优",
      totalAt: { label: "自评得分", cell: "F3", kept: null },
      gradeAt: { label: "自评等级", cell: "H3", kept: "良" },
    },
    { total: 95.5, grade: "优", gradeAt: { label: "评价等级", cell: "H3", kept: null } },
    { total: 95.5, grade: null, totalAt: { label: "总分", cell: "F3", kept: "90" } },
  ],
};

const READ_FAILURES: ReadFailure[] = [
  { code: "INVALID_NUMBER" },
  { code: "DATE_SERIAL_OUT_OF_RANGE", serial: 3000000 },
  { code: "OUT_OF_RANGE" },
  { code: "ERROR_VALUE", value: "#N/A" },
  { code: "HASH_DISPLAY" },
  { code: "POINT_AS_SEPARATOR", text: "1.200" },
  { code: "BOOLEAN_VALUE", value: "TRUE" },
  { code: "UNKNOWN_CONTENT" },
  { code: "COMPARATOR_ONLY", text: "≥" },
  { code: "NO_NUMBER_OR_UNIT", text: "12..5%" },
  { code: "RANGE_REVERSED", low: 5, high: 3 },
  { code: "NO_SUCH_DATE", text: "2月30日" },
  { code: "NOT_BEFORE_DEADLINE", text: "不早于12月" },
  { code: "FORMULA_NO_RESULT" },
  { code: "FIGURE_IN_WORDS" },
];

const render = (m: Messages, code: FindingCode, p: unknown) => (m.findings[code] as (x: unknown) => string)(p);
/** English text with the quoted cell texts and the Chinese names and units taken out. */
const englishOnly = (s: string) => s.replace(/"[^"]*"/g, "").replace(/[\u4e00-\u9fff]+/g, "");
/** Every number among a sample's values (nested) that a message shows as a number (fractions are shown as percentages, bands as words). */
function numbersIn(v: unknown): number[] {
  if (typeof v === "number") return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v && typeof v === "object")
    return Object.entries(v).flatMap(([k, x]) =>
      ["threshold", "point", "rate", "limit", "band"].includes(k) ? [] : numbersIn(x),
    );
  return [];
}

test("every catalogue code has samples (the table above is complete)", () => {
  expect(Object.keys(SAMPLES).sort()).toEqual([...FindingCodeSchema.options].sort());
});

describe.each(Object.entries(SAMPLES) as [FindingCode, unknown[]][])("%s", (code, samples) => {
  test.each(samples.map((p, i) => [i, p]))("variant %d renders in zh and en with its numbers", (_, p) => {
    const z = render(zh, code, p);
    const e = render(en, code, p);
    expect(z).toMatch(/[\u4e00-\u9fff]/);
    expect(englishOnly(e)).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/);
    for (const x of numbersIn(p)) {
      const shown = String(Math.round(x * 100) / 100);
      expect(z.includes(shown) || z.includes(x.toFixed(2))).toBe(true);
      expect(e.includes(shown) || e.includes(x.toFixed(2))).toBe(true);
    }
  });

  test("titles in both languages", () => {
    expect(zh.titles[code]).toMatch(/[\u4e00-\u9fff]/);
    expect(englishOnly(en.titles[code])).toMatch(/^[\x20-\x7e]+$/);
  });
});

test.each(READ_FAILURES.map((f) => [f.code, f]))("read failure %s says itself in both languages", (_, f) => {
  expect(zh.readFailure(f)).toMatch(/[\u4e00-\u9fff]/);
  expect(englishOnly(en.readFailure(f))).toMatch(/^[\x20-\x7e≥≤×]+$/);
});

test("the rates are shown as percentages in both languages", () => {
  expect(zh.findings.BUDGET_RATE_LOW({ rate: 0.5943, limit: 0.9, score: 5.94 })).toBe(
    "预算执行率59.43%低于90%，请说明原因（得分5.94分）",
  );
  expect(en.findings.BUDGET_RATE_LOW({ rate: 0.5943, limit: 0.9, score: 5.94 })).toBe(
    "Execution rate 59.43% is below 90%; give the reason (score 5.94)",
  );
});

// a leftover row holding only 分值 was named 第13行“”
test("a waiting row without a name is said to have none", () => {
  const p = { partial: 80, waiting: [{ row: 13, name: "", weight: 10 }] };
  expect(zh.findings.TOTAL_INCOMPLETE(p)).toBe(
    "已计得分合计80分；以下指标待人工处理后才能计算总分和等级：第13行（未写指标名称，10分）",
  );
  expect(en.findings.TOTAL_INCOMPLETE(p)).toBe(
    "Partial sum 80; total and grade wait for these rows: row 13 (no indicator name, 10)",
  );
});

describe("the Excel host's messages", () => {
  const keys = Object.keys(zh.host) as (keyof typeof zh.host)[];
  test("both languages name the same messages", () => expect(Object.keys(en.host).sort()).toEqual([...keys].sort()));
  test.each(keys)("%s renders its values in both languages; English without full-width punctuation", (key) => {
    const values = {
      sheet: "附件1",
      mb: 6.2,
      n: 3,
      reason: "AccessDenied",
      cells: "A1, B2",
      cell: "绩效自评表!G17",
      written: 2.2,
      now: 3,
      missing: "附件2",
      total: "96.88",
      grade: "优",
    };
    const z = (zh.host[key] as (p: typeof values) => string)(values);
    const e = (en.host[key] as (p: typeof values) => string)(values);
    expect(z).not.toMatch(/\{\w+\}|undefined/);
    expect(e).not.toMatch(/\{\w+\}|undefined/);
    if (key !== "explanationHeader") expect(englishOnly(e)).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/);
  });
});

describe("the file problems", () => {
  const file = "2021年 自评表.xlsx";
  /** Every kind of problem, each variant of its details once (a missing kind does not compile). */
  const PROBLEMS: { [K in FileProblemKind]: ProblemOf<K>[] } = {
    empty: [{ kind: "empty", file }],
    notZip: [{ kind: "notZip", file }],
    truncated: [{ kind: "truncated", file }],
    corrupt: [{ kind: "corrupt", file, part: "xl/worksheets/sheet1.xml" }],
    zip64: [{ kind: "zip64", file }],
    zipEncrypted: [{ kind: "zipEncrypted", file }],
    encrypted: [{ kind: "encrypted", file }],
    legacyXls: [{ kind: "legacyXls", file }],
    legacyOther: (["excel2003xml", "html", "xlsb", "ods", "csv", "numbers", "dbf"] as const).map((format) => ({
      kind: "legacyOther" as const,
      file,
      format,
    })),
    oleNotWorkbook: [{ kind: "oleNotWorkbook", file }],
    notWorkbook: (["docx", "pptx", "zip"] as const).map((content) => ({ kind: "notWorkbook" as const, file, content })),
    sheetTooLarge: [
      { kind: "sheetTooLarge", file, sheet: "附件1", limit: { kind: "rows", limit: 1048576 } },
      { kind: "sheetTooLarge", file, sheet: "附件1", limit: { kind: "sheetXml", limitBytes: 209715200 } },
    ],
    fileTooLarge: [
      { kind: "part", part: "xl/sharedStrings.xml", limitBytes: 209715200 },
      { kind: "inflated", limitBytes: 335544320 },
      { kind: "cells", limit: 2000000 },
      { kind: "gridSlots", limit: 8000000 },
      { kind: "merges", sheet: "附件1", limit: 100000 },
      { kind: "sharedStrings", limit: 4000000 },
      { kind: "arrayChecks", limit: 20000000 },
    ].map((limit) => ({ kind: "fileTooLarge" as const, file, limit: limit as ProblemOf<"fileTooLarge">["limit"] })),
    fileSize: [
      { kind: "fileSize", file, bytes: 220200960, limitBytes: 209715200, host: "cli" },
      { kind: "fileSize", file, bytes: 220200960, limitBytes: 209715200, host: "page" },
    ],
    damaged: [
      { kind: "twinEntries", first: "xl/workbook.xml", second: "XL/Workbook.xml" },
      { kind: "directorySize" },
      { kind: "overlap", entry: "xl/styles.xml", next: "xl/workbook.xml" },
      { kind: "overlap", entry: "xl/styles.xml", next: null },
      { kind: "localHeader", entry: "xl/styles.xml", field: "method" },
      { kind: "invalidUtf8", part: "xl/sharedStrings.xml" },
    ].map((detail) => ({ kind: "damaged" as const, file, detail: detail as ProblemOf<"damaged">["detail"] })),
    malformedXml: [{ kind: "malformedXml", file, part: "xl/worksheets/sheet1.xml", line: 12, reason: "unclosed tag" }],
    strict: [{ kind: "strict", file }],
    sheetProtected: [{ kind: "sheetProtected", sheet: "附件1" }],
    writeFailed: [
      { kind: "badAddress", cell: "ZZZZ1" },
      { kind: "notFinite", cell: "J17" },
      { kind: "inMerge", cell: "J18", range: "J17:J18" },
      { kind: "inArray", cell: "J18", range: "J17:J20" },
      { kind: "noSheet", sheet: "附件3" },
      { kind: "structure", reason: "no sheet part" },
    ].map((failure) => ({ kind: "writeFailed" as const, failure: failure as ProblemOf<"writeFailed">["failure"] })),
    workerStopped: [
      { kind: "workerStopped", file, limit: { kind: "memory", mb: 1536 } },
      { kind: "workerStopped", file, limit: { kind: "time", seconds: 120 } },
    ],
    workerCrashed: [
      { kind: "workerCrashed", file, cause: { kind: "exit", code: 134 } },
      { kind: "workerCrashed", file, cause: { kind: "error", message: "Maximum call stack size exceeded" } },
    ],
    readFailed: [{ kind: "readFailed", reason: "out of memory" }],
    processingFailed: [{ kind: "processingFailed", reason: "out of memory" }],
  };
  const all = Object.values(PROBLEMS).flat() as FileProblem[];

  /** The texts among a problem's values (names, parts, cells) that its message must show. */
  function shownValues(p: FileProblem): string[] {
    const values = Object.values(p).flatMap((v) => (v && typeof v === "object" ? Object.values(v) : [v]));
    const shown = values.filter((v): v is string => typeof v === "string" && !/^[a-z0-9]+$/i.test(v));
    // The command line prints these under the file's own name (a file too large to read, a worker stopped on it).
    const underName =
      (p.kind === "fileSize" && p.host === "cli") || p.kind === "workerStopped" || p.kind === "workerCrashed";
    return underName ? shown.filter((v) => v !== p.file) : shown;
  }

  test.each(all.map((p) => [JSON.stringify(p), p]))("%s: both languages, with its values", (_, p) => {
    const z = fileMessage(p, "zh");
    const e = fileMessage(p, "en");
    expect(z).toMatch(/[\u4e00-\u9fff]/);
    expect(englishOnly(e)).toMatch(/^[\x20-\x7e→]+$/);
    for (const value of shownValues(p)) [z, e].forEach((text) => expect(text).toContain(value));
  });

  test("the limits are shown in their units", () => {
    expect(fileMessage({ kind: "fileTooLarge", file, limit: { kind: "cells", limit: 2000000 } }, "zh")).toContain(
      "单元格超过200万个",
    );
    expect(fileMessage({ kind: "fileTooLarge", file, limit: { kind: "cells", limit: 2000000 } }, "en")).toContain(
      "2,000,000 cells",
    );
    expect(
      fileMessage({ kind: "fileSize", file, bytes: 220200960, limitBytes: 209715200, host: "page" }, "en"),
    ).toContain("210 MB");
  });

  test("a size just over its limit reads as more than the limit, not as the limit itself", () => {
    const over = (bytes: number, host: "cli" | "page") => ({
      kind: "fileSize" as const,
      file,
      bytes,
      limitBytes: 209715200,
      host,
    });
    expect(fileMessage(over(209715201, "cli"), "zh")).toBe("文件大小200.1MB，超过200MB，无法处理");
    expect(fileMessage(over(209715201, "page"), "en")).toContain("is 200.1 MB, over the 200 MB limit");
    expect(fileMessage(over(210000000, "page"), "zh")).toContain("大小200.3MB，超过200MB");
    expect(fileMessage(over(210800000, "cli"), "en")).toBe(
      "The file is 201 MB, over the 200 MB limit; it cannot be processed",
    );
  });
});
