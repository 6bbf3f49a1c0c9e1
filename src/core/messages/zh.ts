// 中文消息表：每个发现代码一个标题和一条消息（含数字），由参数生成。与 en.ts 逐项对应。
import { fmtNumber as n, fmtScore as s } from "../score/rounding";
import { hostZh } from "./host.zh";
import {
  anyUnknownHeader,
  type BandIndex,
  type FigureRelation,
  type Formula,
  type FindingParams,
  type FundingProblem,
  type IgnoredHeaderParam,
  type LabelledAt,
  type LateLead,
  type Messages,
  type Shortfall,
} from "./params";

const BANDS = ["达成", "部分达成", "未达成"];
const RELATION = { below: "低于", above: "高于", differs: "不等于", "at-floor": "未超过", "at-cap": "未低于" };
/** Where a completed value's words put the figure reached (不到90%: 低于90%). */
const SIDE: Record<FigureRelation, string> = {
  above: "高于",
  "at-least": "不低于",
  "just-above": "略高于",
  below: "低于",
  "at-most": "不高于",
  "just-below": "接近但低于",
};

function formula(f: Formula): string {
  switch (f.kind) {
    case "ratio":
      return `按${n(f.num, 4)}/${n(f.den, 4)}×${n(f.weight)}`;
    case "below-range":
      return `低于区间下限，按${n(f.num, 4)}/${n(f.den, 4)}×${n(f.weight)}`;
    case "above-range":
      return `高于区间上限，按${n(f.num, 4)}/${n(f.den, 4)}×${n(f.weight)}`;
    case "zero-target":
      return `年度指标值为${n(f.target, 4)}，超出即`;
    case "zero-floor":
      return `年度指标值为${n(f.target, 4)}，低于即`;
    case "smaller-over-larger":
      return `按较小值/较大值×${n(f.weight)}`;
  }
}

/** Cells as a step names them: K18、I11、I12, or the first six and how many more. */
const cellList = (cells: readonly string[]) =>
  cells.length > 6 ? `${cells.slice(0, 6).join("、")}等${cells.length}处` : cells.join("、");

/** Header cells as a message lists them: E列“执行情况”、F列“标准分”. */
const headerList = (hs: readonly IgnoredHeaderParam[]) => hs.map((h) => `${h.column}列“${h.text}”${why(h)}`).join("、");
/** Why a listed header was not read ("" for one no role fits). */
function why(h: IgnoredHeaderParam): string {
  if (h.period) return PERIOD_WHY[h.period];
  return h.duplicate ? "（与其他列含义相同，已按另一列读取）" : h.otherParty ? OTHER_PARTY : "";
}
/** Completed values none of which says it is the whole year's, as a list of ignored headers says it. */
const PERIOD_UNCLEAR = "（几列实际完成值都未注明是全年的，无法确定读哪一列）";
/** What a completed-value column left out for its period or as a forecast holds. */
const PERIOD_WHY: Record<NonNullable<IgnoredHeaderParam["period"]>, string> = {
  "part-year": "（年内部分期间的数值，已按全年的列读取）",
  "period-unclear": PERIOD_UNCLEAR,
  "part-only": "（年内部分期间的数值，不是全年的实际完成值）",
  forecast: "（预计数，不是实际完成值，已按实际完成值列读取）",
  "forecast-only": "（预计数，不是实际完成值）",
};
/** A missing 实际完成值 column: several, none said to be the whole year's; only part of the year's or a forecast; or
 *  none recognised (表头应含…). */
function noActualColumn(p: { terms: readonly string[]; ignored: IgnoredHeaderParam[] }): string {
  const unclear = p.ignored.filter((h) => h.period === "period-unclear");
  const notYear = p.ignored.filter((h) => h.period && h.period !== "period-unclear");
  const others = unread(p.ignored.filter((h) => !h.period));
  if (unclear.length > 0) {
    const list = unclear.map((h) => `${h.column}列“${h.text}”`).join("、");
    const also = notYear.length ? `；${headerList(notYear)}` : "";
    return `本表有${unclear.length}列实际完成值（${list}），都未注明是全年的，无法确定按哪一列评分，请在全年数的表头注明“全年”或“1-12月”${also}${others}`;
  }
  if (notYear.length > 0)
    return `本表没有全年的实际完成值列：${headerList(notYear)}，不能按年度指标值评分；如填的是全年实际完成数，请将表头改为“实际完成值”或“1-12月实际完成值”${others}`;
  return `本表没有可识别的实际完成值列（表头应含${termList(p.terms)}）${unread(p.ignored)}`;
}
/** A score column of a reviewer or another party, as a list of ignored headers says it. */
const OTHER_PARTY = "（复核、审核等他方的得分，不读取也不改写）";
/** Header words as a message lists them: “实际”“完成值”或“完成情况”. */
const termList = (ts: readonly string[]) =>
  ts.length > 1
    ? `${ts
        .slice(0, -1)
        .map((t) => `“${t}”`)
        .join("")}或“${ts[ts.length - 1]}”`
    : `“${ts[0] ?? ""}”`;
/** The headers not read, after a missing column: "；未识别的表头：E列“执行情况”" ("" when none). */
const unread = (hs: readonly IgnoredHeaderParam[]) => (hs.length ? `；未识别的表头：${headerList(hs)}` : "");

const late = (l: LateLead | null, sep: string) => (l ? `完成时间${l.actual}晚于${l.target}${sep}` : "");
const band = (b: BandIndex) => BANDS[b];
/** 未填全年预算数, 全年执行数“12O.5”不是数字, 全年预算数为0, 全年执行数“120.5万元”写有单位…无法换算. */
function fundingProblemZh(p: FundingProblem): string {
  const name = p.role === "weight" ? "分值" : p.role === "budget" ? "全年预算数" : "全年执行数";
  if (p.kind === "formula") return `${name}的公式“${p.text}”没有计算结果（请在Excel中重新计算并保存）`;
  if (p.role === "weight") return p.kind === "negative" ? `分值“${p.text}”为负数` : `分值“${p.text}”不是数字`;
  if (p.kind === "scale")
    return `${name}${p.text}与全年预算数${p.budget}相差约${p.times}倍，应是单位不同（如元与万元），请核对单位`;
  if (p.kind === "empty") return `未填${name}`;
  if (p.kind === "unit") return `${name}“${p.text}”写有单位，另一项和表头都未注明单位，无法换算`;
  if (p.kind === "negative") return `${name}为负数${p.text}`;
  return p.kind === "zero" ? `${name}为${p.text}` : `${name}“${p.text}”不是数字`;
}

/** The funding block read from its parts (WEIGHTS_DIFFER_FROM_PROFILE, funding-sum and funding-parts). */
function fundingReadZh(
  p: Exclude<FindingParams["WEIGHTS_DIFFER_FROM_PROFILE"], { kind: "level1" | "funding" }>,
): string {
  if (p.kind === "funding-parts") {
    const none = p.parts.filter((x) => x.weight === null).map((x) => x.label);
    const each = p.parts.filter((x) => x.weight !== null).map((x) => `${x.label}${n(x.weight!)}分得${s(x.score!)}分`);
    return `资金情况按各项资金各自的分值和执行率计分：${each.join("，")}，合计${s(p.score)}分${none.length ? `；${none.join("、")}未设分值，未计分` : ""}；请核对`;
  }
  const basis = p.parts
    ? `资金情况没有年度资金总额行，按${p.parts.join("、")}合计计算执行率`
    : "按年度资金总额计算执行率";
  const from = p.from ? `，分值取“${p.from}”行的${n(p.weight)}分` : `，分值${n(p.weight)}分`;
  return `${basis}${n(p.rate * 100, 2)}%${from}，得${s(p.score)}分${p.written ? "" : "（没有本项的得分单元格，未写入）"}；请核对`;
}

/** 总分写在“自评得分”右侧的F3；或“自评得分”右侧的F3已填“90”，未改写，总分…只列在报告中. */
function labelledZh(at: LabelledAt, what: string): string {
  const where = `“${at.label}”右侧的${at.cell}`;
  return at.kept === null ? `${what}写在${where}` : `${where}已填“${at.kept}”，未改写，${what}只列在报告中`;
}

/** 待人工评定的指标：请人工选择档次并填入得分（`ask` 在前：“请”或“请填写实际完成数，或”），或已按人工选择的档次、
 *  得分栏中已填的得分计入。 */
function personOr(p: { person?: number; picked?: BandIndex; asBand?: BandIndex }, ask: string): string {
  const { person, picked, asBand } = p;
  if (person !== undefined && picked !== undefined) return `已按人工选择的档次“${band(picked)}”计${n(person)}分`;
  const which = asBand === undefined ? "" : `（即“${band(asBand)}”）`;
  if (person !== undefined) return `按得分栏中已填的${n(person)}分${which}计入总分，请确认这是人工评定的得分`;
  return `${ask}人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`;
}

/** 低于指标值时的计分说明（偏差原因提示和定性复核共用）。 */
function shortfall(f: Shortfall): string {
  if (f.kind === "quantity")
    return `实际完成值${f.actual}${RELATION[f.relation]}年度指标值${f.target}，${formula(f.formula)}计${s(f.score)}分`;
  if (f.kind === "person" && f.picked !== undefined)
    return `“${f.actual}”按人工选择的档次“${band(f.picked)}”计${s(f.score)}分（分值${n(f.weight)}分）`;
  if (f.kind === "person") return `“${f.actual}”按得分栏中已填的${s(f.score)}分计分（分值${n(f.weight)}分）`;
  const said = f.late?.kind === "words" && f.late.word !== f.actual ? `写有“${f.late.word}”，` : "";
  const overdue = f.late ? "（逾期完成不计为达成）" : "";
  const below = f.below && `等次“${f.below.actual}”低于年度指标值要求的“${f.below.target}”，`;
  const subject = below ? below + (f.actual === f.below!.actual ? "" : `“${f.actual}”`) : `“${f.actual}”`;
  const retry = f.retry ? `写有“${f.retry}”，不是年度指标值要求的一次通过，` : "";
  return `${late(f.lead, "，")}${subject}${said}${retry}判为${band(f.band)}${overdue}，按${n(f.point * 100)}%×${n(f.weight)}计${s(f.score)}分`;
}

/** The Chinese message table (the language of the report and notes by default). */
export const zh: Messages = {
  titles: {
    TARGET_UNPARSEABLE: "年度指标值无法识别",
    ACTUAL_UNPARSEABLE: "实际完成值无法识别",
    ACTUAL_MISSING: "缺少实际完成值",
    UNIT_MISMATCH: "计量单位不一致",
    WEIGHT_MISSING: "缺少分值",
    TARGET_MISSING: "缺少年度指标值",
    TOTAL_INCOMPLETE: "总分暂不能计算",
    NOT_MET_NO_REASON: "未完成但未填写偏差原因",
    OVER_ACHIEVED: "超额完成较多，需说明原因",
    QUALITATIVE_REVIEW: "完成值需人工核对",
    WEIGHTS_NOT_FULL: "分值合计不等于满分",
    SCORE_DIFFERS: "原得分与评分规则不符",
    SCORE_ABOVE_WEIGHT: "原得分超过分值",
    TOTAL_DIFFERS: "原总分与各项得分之和不一致",
    BUDGET_RATE_LOW: "预算执行率偏低，需说明原因",
    UNIT_ASSUMED: "未写单位，按同行理解",
    DIRECTION_INFERRED: "指标值未写“≥”或“≤”",
    APPROXIMATE_VALUE: "完成值为约数或区间",
    REMARK_IGNORED: "数值后的说明未参与计分",
    NOT_APPLICABLE_RESCALED: "剔除不适用指标后折算总分",
    WEIGHTS_DIFFER_FROM_PROFILE: "分值与评分方案不同",
    DIRECTION_SUSPECT: "“≥”“≤”可能写反",
    QUANTITY_CAPPED: "数量指标只设上限",
    COST_FLOOR: "成本指标设了下限",
    QUALITATIVE_IN_QUANTITY: "数量指标未设数值",
    TARGET_MISSING_UNIT: "年度指标值未写计量单位",
    DUPLICATE_INDICATOR: "三级指标重复",
    LEVEL2_MISSING: "缺少必备的二级指标",
    MERGED_SCORE_CELL: "得分单元格跨行合并",
    NO_INDICATORS: "表中没有指标行",
    WEIGHTS_FROM_BLOCKS: "分值由上级指标分值平均分配",
    SCORED_BY_WORDS: "完成值没有数字，按文字判断",
    HEADER_IGNORED: "有的列未参与评分（表头未识别）",
    SCORE_COLUMN_MISSING: "缺少得分列，得分未写入",
    HEADER_REPEATED: "表头重复出现（按同一张表读取）",
    PERIOD_CONVERTED: "按全年折算",
    TOTAL_NOT_WRITTEN: "没有总分行",
    NONE_OCCURRED: "完成值按“未发生”理解",
    WEIGHTS_FROM_NAMES: "分值取自指标名称",
    WEIGHTS_FROM_PERCENT: "分值按百分比读取",
    HIDDEN_ROWS: "表中有隐藏行",
    HIDDEN_COLUMNS: "表中有隐藏列",
    BAND_FROM_DEGREE: "按完成比例判断档次",
    BUDGET_OVERRUN: "执行数超过预算数",
    BLOCK_POINTS_DIFFER: "注明的分值与分值列不符",
    EXAMPLE_TABLE_SKIPPED: "填报示例未评分",
    FUNDING_MISSING: "预算执行率无法计算",
  },
  findings: {
    TARGET_UNPARSEABLE: (p) => `年度指标值“${p.text}”无法识别：${zh.readFailure(p.reason)}，本行不计分`,
    ACTUAL_UNPARSEABLE: (p) => `实际完成值“${p.text}”无法识别：${zh.readFailure(p.reason)}，本行不计分`,
    ACTUAL_MISSING: (p) =>
      p.kind === "table"
        ? `${noActualColumn(p)}；只审核指标设置，不计算得分和总分`
        : p.mark !== undefined
          ? `年度指标值为“${p.target}”，实际完成值却写“${p.mark}”，不计分；本项确不适用时，请把年度指标值也标为“${p.mark}”`
          : `年度指标值为“${p.target}”，但未填写实际完成值，不计分`,
    UNIT_MISMATCH: (p) =>
      `年度指标值的单位“${p.targetUnit}”与实际完成值的单位“${p.actualUnit}”不一致，无法比较，请统一计量单位`,
    WEIGHT_MISSING: (p) =>
      p.kind === "table"
        ? `本表没有分值（权重）列（表头应含${termList(p.terms)}）${unread(p.ignored)}；不计算得分和总分${p.comparable ? `，只核对完成情况：${p.comparable}项可比较的指标中${p.met}项已达到年度指标值` : ""}`
        : p.merged
          ? `分值单元格${p.merged}跨行合并，由多个指标共用，无法确定本行分值，不计分；请拆分合并单元格，为每个指标分别填写分值`
          : p.negative
            ? `分值“${p.text}”为负数，本行不计分`
            : p.text
              ? `分值“${p.text}”不是数字，本行不计分`
              : "本行缺少分值，不计分",
    TARGET_MISSING: (p) =>
      p.mark !== undefined
        ? `年度指标值写“${p.mark}”，实际完成值却有“${p.actual}”，本行（${p.weight}分）不计分；请填写年度指标值`
        : `本行有分值${p.weight}分但没有年度指标值，不计分`,
    TOTAL_INCOMPLETE: (p) =>
      `已计得分合计${n(p.partial)}分；以下指标待人工处理后才能计算总分和等级：${p.waiting.map((w) => `第${w.row}行${w.name ? `“${w.name}”（` : "（未写指标名称，"}${w.weight === null ? "缺少分值" : `${n(w.weight)}分`}）`).join("、")}`,
    NOT_MET_NO_REASON: (p) => `${shortfall(p.shortfall)}，请填写偏差原因`,
    OVER_ACHIEVED: (p) =>
      p.kind === "range"
        ? `实际完成值${p.actual}高于年度指标值区间“${p.range}”的上限${p.high}${p.percent === null ? "" : `达${n(p.percent, 1)}%`}，计满分，请分析指标值设定偏低的原因`
        : `实际完成值${p.actual}高于年度指标值${p.target}达${p.percent === null ? "" : n(p.percent, 1)}%（超过${n(p.threshold * 100)}%），${p.deducted === null ? "暂计满分" : `按偏离度调减后计${s(p.deducted)}分`}，请分析指标值设定偏低的原因`,
    QUALITATIVE_REVIEW: (p) => {
      switch (p.kind) {
        case "no-band":
          if (p.unsaid)
            return `${late(p.lead, "；")}实际完成情况“${p.actual}”未说明年度指标值“${p.target}”中的${p.unsaid.map((w) => `“${w}”`).join("、")}，无法自动判断档次，${personOr(p, "请")}`;
          return `${late(p.lead, "；")}实际完成情况“${p.actual}”无法自动判断档次，${personOr(p, "请")}`;
        case "band":
          return `${shortfall(p.shortfall)}，请人工确认`;
        case "figure-by-words":
          return `实际完成值“${p.actual}”中的数字无法与年度指标值“${p.target}”比较，按文字判为达成计满分，请人工核对`;
        case "share-of-target":
          return `实际完成值“${p.actual}”是完成任务的比例，按年度指标值“${p.target}”的相应比例即${p.counted}计分，请人工核对`;
        case "survey-grades":
          return `实际完成值“${p.actual}”列的是各满意等级的比例，按${p.grades.map((g) => `“${g}”`).join("与")}之和即${p.counted}计分${p.left.length > 0 ? `，${p.left.map((g) => `“${g}”`).join("、")}未计入` : ""}，请人工核对`;
        case "parts-summed":
          return p.total
            ? `${p.side === "target" ? "年度指标值" : "实际完成值"}“${p.actual}”按写明的合计${p.total}计分，但${p.parts.map((g) => `“${g}”`).join("、")}之和为${p.counted}，不是${p.total}，请人工核对各部分与合计`
            : `实际完成值“${p.actual}”分列各部分，按${p.parts.map((g) => `“${g}”`).join("、")}之和即${p.counted}计分，请人工核对各部分是否重复计算`;
        case "count-ratio":
          return `实际完成值“${p.actual}”写的是数量，按“${p.part}”占${p.complement ? `“${p.part}”与“${p.complement}”之和` : `“${p.whole}”`}的比例即${p.counted}计分，请人工核对`;
        case "figures-differ":
          return `实际完成值“${p.actual}”写有${p.figures.map((f) => `“${f}”`).join("、")}，都与年度指标值“${p.target}”单位相同，无法确定哪个是完成数；${personOr(p, "请填写实际完成数，或")}`;
        case "figure-in-unit":
          return `实际完成值“${p.actual}”中只有“${p.figure}”与年度指标值“${p.target}”单位相同，按“${p.figure}”计分，请人工核对`;
        case "target-year":
          return `实际完成时间“${p.actual}”没有写年份，按年度指标值“${p.target}”的年份理解为${p.year}年，判断为超期，请核对`;
        case "year-wrap":
          return `实际完成时间“${p.actual}”和年度指标值“${p.target}”都没有写年份，按同一年理解为未超期；若完成时间在次年则已超期，请核对`;
        case "deadline-year":
          return `年度指标值“${p.target}”和表头都没有写年份，按实际完成时间“${p.actual}”的年份理解为${p.year}年，判断为未超期，请核对`;
        case "remark-contradicts":
          return `实际完成值“${p.text}”按${p.figure}计分，但说明“${p.note}”与计分结果不符，请人工确认`;
        case "change-words":
          if (p.reading === "complement")
            return `实际完成值“${p.text}”写的是“${p.word}”，与指标“${p.name}”所计的相反，按${p.whole}减去“${p.word}”后的${p.counted}计分，请人工确认`;
          return p.reading === "negative"
            ? `实际完成值“${p.text}”写的是“${p.word}”，与指标“${p.name}”的方向相反，按${p.counted}计分，请人工确认`
            : `实际完成值“${p.text}”写的是变化“${p.word}”，指标名称“${p.name}”看不出是否按变化计、按哪个方向计，按${p.counted}计分，请人工确认`;
        case "two-figures":
          return `实际完成值“${p.text}”写有${p.count ?? "两"}个完成数，按“${p.figure}”计分，“${p.other}”未参与计分，请人工确认`;
        case "paired":
          return `年度指标值各项按实际完成值中同名的一项分别计分：${p.pairs.map((x) => `“${x.target}”对“${x.actual}”`).join("，")}${p.missed.length > 0 ? `；未达到：${p.missed.join("，")}` : ""}，请人工核对`;
        case "planned":
          return `实际完成值“${p.actual}”标明是计划或预计（“${p.label}”），不是实际完成情况，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "earlier":
          return `实际完成值“${p.actual}”标明是上年的数（“${p.label}”），不是本年实际完成情况，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "other-year":
          return `实际完成值“${p.actual}”写的是${p.label}的数，不是本表年度（${p.year}年）的实际完成情况，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写本年实际完成数，或")}`;
        case "difference":
          return `实际完成值“${p.actual}”写的是与上年、预算、计划或标准相比的差额（“${p.label}”），不是实际完成数，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "undone":
          return `实际完成值“${p.actual}”写的是未完成的数量（“${p.label}”），不是实际完成数，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "not-reached":
          return p.sort === "step"
            ? `实际完成值“${p.actual}”中的数是“${p.label}”这一环节的，不是指标要求的实际完成结果，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`
            : `实际完成值“${p.actual}”中的数标明是预计、测算、可达到、设计、约定或承诺的（“${p.label}”），不是实际完成情况，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "shared-actual":
          return `实际完成值单元格${p.range}跨行合并，${p.count}项指标共用“${p.actual}”，已按各行分别计分，请核对是否每项都如此，或拆分单元格分别填写`;
        case "negative":
          return `实际完成值“${p.actual}”是负数，成本、数量或比率不会小于0，不能判为达到年度指标值“${p.target}”（写的如是节约额或降幅，请改为实际数）；${personOr(p, "请填写实际数，或")}`;
        case "complement":
          return `实际完成值“${p.actual}”写的是“${p.measure}”，与指标“${p.name}”所计的相反，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "other-measure":
          return `实际完成值“${p.actual}”写的是“${p.measure}”，与指标“${p.name}”所计的不是同一个量${p.sameWay ? "" : "（两者一个越高越好、一个越低越好）"}，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
        case "figure-open":
          return `实际完成值“${p.actual}”只说明完成数${SIDE[p.relation]}${p.figure}，没有写出完成数，无法按年度指标值“${p.target}”计分；${personOr(p, "请填写实际完成数，或")}`;
      }
    },
    WEIGHTS_NOT_FULL: (p) =>
      `分值合计${n(p.sum)}分（含预算执行率），不等于满分${n(p.full)}分` +
      (p.over === undefined ? "" : `；总分${n(p.over)}分超过满分，暂不评定等级，请核对分值`),
    SCORE_DIFFERS: (p) => {
      const shown = p.old !== null ? `${n(p.old)}分` : `“${p.text}”`;
      const now = s(p.computed);
      const which = p.total ? "原总分" : "原得分";
      if (p.noResult)
        return `${which}的公式“${p.text}”没有计算结果（请在Excel中重新计算并保存），按规则应为${now}分（单元格为公式，未改动）`;
      const why = p.formula ? "（单元格为公式，未改动）" : p.words ? "（单元格中是文字，未改动）" : "";
      if (p.rate) return `执行率单元格为“${p.text}”，按规则执行率应为${n(p.computed)}%${why}`;
      return p.kept
        ? `${which}${shown}，按规则应为${now}分${why}`
        : `原得分${shown}与规则计算的${now}分不一致，已改为${now}分`;
    },
    SCORE_ABOVE_WEIGHT: (p) => `原得分${n(p.old)}分超过分值${n(p.weight)}分`,
    TOTAL_DIFFERS: (p) => {
      const funding = p.funding === undefined ? "" : `（预算执行率得分栏为空，已计入按规则计算的${n(p.funding)}分）`;
      return `原总分${n(p.old)}分与各项原得分之和${n(p.sum)}分${funding}不一致`;
    },
    BUDGET_RATE_LOW: (p) => `预算执行率${n(p.rate * 100)}%低于${n(p.limit * 100)}%，请说明原因（得分${s(p.score)}分）`,
    UNIT_ASSUMED: (p) => {
      if (p.kind === "fraction" || p.kind === "target-fraction")
        return `${p.kind === "fraction" ? "实际完成值" : "年度指标值"}${n(p.value, 4)}按小数理解为${n(p.percent, 4)}%`;
      if (p.kind === "persons-as-visits")
        return `实际完成值以“${p.actual}”计，年度指标值以“${p.target}”计，按同一计数比较（每人计1人次），请核对`;
      if (p.kind === "as-place")
        return `${p.side === "target" ? "年度指标值" : "实际完成值"}“${p.text}”按排名名次理解（越小越好），请核对`;
      if (p.kind === "points-as-percent")
        return `${p.side === "target" ? "年度指标值" : "实际完成值"}“${p.text}”按百分制读作百分比（1分=1个百分点），请核对`;
      if (p.kind === "points-of-full")
        return `${p.side === "target" ? "年度指标值" : "实际完成值"}“${p.text}”按满分${n(p.full)}分折算为百分比，请核对`;
      if (p.kind === "signed-change") return `实际完成值“${p.text}”写的是“${p.word}”，按变动${p.counted}计算`;
      if (p.kind === "fraction-of-target") return `实际完成值“${p.text}”按${p.whole}中完成${p.part}计算`;
      if (p.kind === "units-times") return `实际完成值“${p.text}”按${p.each}×${p.count}合计为${p.counted}计分，请核对`;
      if (p.kind === "either-unit")
        return `年度指标值“${p.target}”以“${p.unit}”或“${p.other}”计，实际完成值的“${p.other}”按“${p.unit}”比较`;
      if (p.kind === "fall-size")
        return `实际完成值“${p.text}”为负数，年度指标值“${p.target}”要求的是下降幅度，按降幅${p.counted}计算`;
      if (p.kind === "per-basis")
        return `实际完成值“${p.text}”按年度指标值的计量基数换算为${n(p.value, 4)}${p.high === null ? "" : `-${n(p.high, 4)}`}${p.unit}`;
      if (p.kind === "workdays-as-days")
        return `实际完成值以“${p.actual}”计，年度指标值以“${p.target}”计，按${p.week ? "1周=5个工作日" : "1个工作日=1天"}比较（未扣除节假日），请核对`;
      if (p.kind === "actual-multiplied" || p.kind === "target-multiplied")
        return `${p.kind === "actual-multiplied" ? "实际完成值" : "年度指标值"}“${p.text}”未写单位，按${n(p.value, 4)}${p.unit}理解`;
      if (p.kind === "actual-in-target-unit")
        return `实际完成值${n(p.value, 4)}未写单位，按年度指标值的单位“${p.unit}”理解`;
      return `年度指标值${n(p.value, 4)}未写单位，按实际完成值的单位“${p.unit}”理解`;
    },
    DIRECTION_INFERRED: (p) => {
      if (p.basis === "zero") return `年度指标值“${p.target}”未写方向，指标值为0，推定为≤（不超过0）`;
      if (p.basis === "negative")
        return `年度指标值“${p.target}”未写方向，指标值为负数（下降），推定为≤（降幅不低于指标值）`;
      if (p.basis === "change") return `年度指标值“${p.target}”写的是变化幅度，推定为≥（幅度不低于指标值）`;
      if (p.basis === "quota")
        return `年度指标值“${p.target}”以${p.keyword}为限，实际完成值是与${p.keyword}之比，按≤100%计分`;
      if (p.basis === "deviation")
        return `年度指标值“${p.target}”是上下偏差的幅度，实际完成值按偏差的绝对值比较（不超过指标值）`;
      const basis =
        p.basis === "keyword"
          ? `按指标名称中的“${p.keyword}”`
          : p.basis === "cost-category"
            ? "按成本指标"
            : p.basis === "time-limit"
              ? "按时效指标的时限"
              : "默认";
      const cure =
        p.comparator === ">=" && p.keyword?.endsWith("控制率") ? "（控制的是疾病或疫情，不是对照额度的控制率）" : "";
      return `年度指标值“${p.target}”未写方向，${basis}${cure}推定为${p.comparator === ">=" ? "≥（越高越好）" : "≤（越低越好）"}`;
    },
    APPROXIMATE_VALUE: (p) => {
      switch (p.kind) {
        case "range":
        case "range-top":
          return `实际完成值“${p.text}”是一个区间，按${p.kind === "range" ? "下限" : "上限"}${p.counted}计算`;
        case "bound":
          return `实际完成值“${p.text}”写的是界限而非实际数，按${p.counted}计算，请填写实际完成数`;
        case "approximate":
          return `实际完成值“${p.text}”为约数，按${p.counted}计算`;
      }
    },
    REMARK_IGNORED: (p) =>
      `${p.side === "target" ? "年度指标值" : "实际完成值"}“${p.text}”按${p.figure}计分，说明“${p.note}”未参与计分`,
    NOT_APPLICABLE_RESCALED: (p) =>
      `${p.rows}项指标不适用，已剔除；按${n(p.sum)}/${n(p.applicable)}×${n(p.full)}折算为${n(p.total)}分`,
    WEIGHTS_DIFFER_FROM_PROFILE: (p) =>
      p.kind === "funding"
        ? `预算执行率分值为${n(p.table)}分，评分方案为${n(p.profile)}分，按表中${n(p.table)}分计算`
        : p.kind !== "level1"
          ? fundingReadZh(p)
          : `一级指标分值与评分方案不同：${p.diffs.map((d) => `${d.name}${n(d.table)}分（方案${n(d.profile)}分）`).join("，")}；按表中分值计算`,
    DIRECTION_SUSPECT: (p) =>
      p.column
        ? `指标方向列为“${p.column}”，年度指标值“${p.target}”却设了${p.should === ">=" ? "上限" : "下限"}，两者不一致，按年度指标值计分，请核实`
        : p.should === ">="
          ? `“${p.name}”越高越好，年度指标值“${p.target}”却设了上限，请核实方向（应为≥）`
          : `“${p.name}”越低越好，年度指标值“${p.target}”却设了下限，请核实方向（应为≤）`,
    QUANTITY_CAPPED: (p) =>
      `数量指标“${p.name}”只设上限“${p.target}”${p.description ? `，指标描述为“${p.description}”，建议写成区间或下限` : "，建议设下限或区间"}`,
    COST_FLOOR: (p) => `成本指标“${p.name}”设了下限“${p.target}”，成本应控制上限（≤）`,
    QUALITATIVE_IN_QUANTITY: (p) => `数量指标“${p.name}”的年度指标值“${p.target}”没有数值，建议写明数量和单位`,
    TARGET_MISSING_UNIT: (p) => `年度指标值“${p.target}”没有计量单位，且指标名称“${p.name}”看不出单位`,
    DUPLICATE_INDICATOR: (p) => `三级指标“${p.name}”在本表第${p.firstRow}行已出现，请合并或改名`,
    LEVEL2_MISSING: (p) => `产出指标缺少二级指标：${p.missing.join("、")}`,
    MERGED_SCORE_CELL: (p) =>
      `得分单元格${p.range}合并了${p.count}项指标，无法分别写入得分（得分见报告）；请取消合并后再评分`,
    NO_INDICATORS: (p) => `表头${p.header}下没有指标行，不计算总分和等级`,
    WEIGHTS_FROM_BLOCKS: (p) =>
      `${p.block}${p.of == null ? "" : `${n(p.of)}分中未在指标名称注明的`}${n(p.points)}分平均分配给${p.rows}项指标，每项${n(p.each)}分${p.last === null ? "" : `，末项${n(p.last)}分`}，请核对`,
    FUNDING_MISSING: (p) => {
      const said = `预算执行情况${p.problems.map(fundingProblemZh).join("、")}`;
      if (p.problems.every((f) => f.role === "weight")) return `${said}，本项不计分；请填写分值后重新评分`;
      const points = p.weight === null ? "" : `（${n(p.weight)}分）`;
      return `${said}，无法计算预算执行率，本项${points}未计分；请填写后重新评分`;
    },
    WEIGHTS_FROM_NAMES: (p) => `${p.rows}项指标的分值取自三级指标名称中注明的分值（如“${p.example}”），请核对`,
    HIDDEN_ROWS: (p) =>
      p.kind === "unknown"
        ? "本工作表有隐藏行（此版本Excel无法确定是哪几行），隐藏行中的指标也参与评分，请取消隐藏后核对"
        : `第${p.rows.join("、")}行${p.kind === "many" ? `等${p.count}行` : ""}是隐藏行，其中的指标也参与评分；` +
          "如不属于本表请删除，否则请取消隐藏后核对",
    HIDDEN_COLUMNS: (p) =>
      p.kind === "unknown"
        ? "本工作表有隐藏列（此版本Excel无法确定是哪几列），隐藏的指标值、完成值、分值或得分列也会被读取或写入，请取消隐藏后核对"
        : `${p.columns.map((c) => `第${c.column}列（${c.header}）`).join("、")}是隐藏列，评分读取或写入了其中的单元格，请取消隐藏后核对`,
    WEIGHTS_FROM_PERCENT: (p) =>
      `${p.rows}个分值写成百分比，按占满分${n(p.full)}分的比例读取（如“${p.example}”计${n(p.points)}分），请核对`,
    BUDGET_OVERRUN: (p) =>
      `全年执行数${n(p.executed, 4)}超过全年预算数${n(p.budget, 4)}（执行率${n(p.rate * 100, 2)}%），按100%计${s(p.score)}分，请核对预算数和执行数`,
    BLOCK_POINTS_DIFFER: (p) =>
      `“${p.label}”注明${n(p.points)}分，${p.rows === null ? "预算执行情况的分值为" : `其下${p.rows}项指标的分值合计`}${n(p.weights)}分；已按分值列计分，请核对`,
    EXAMPLE_TABLE_SKIPPED: (p) => `${p.sheet}!${p.range}标有“${p.mark}”，是填报示例，未评分，也未写入`,
    BAND_FROM_DEGREE: (p) =>
      `实际完成值“${p.actual}”按完成比例${n(p.percent, 2)}%判为${band(p.band)}（${p.all ? `年度指标值“${p.all}”要求全部完成，` : ""}${n(p.floors[0])}%及以上为达成，${n(p.floors[1])}%及以上为部分达成）`,
    SCORED_BY_WORDS: (p) => `实际完成值“${p.actual}”没有数字，按文字判为${band(p.band)}`,
    HEADER_IGNORED: (p) =>
      `${anyUnknownHeader(p.headers) ? "以下表头未能识别，这些列" : "以下列"}未参与评分：${headerList(p.headers)}`,
    SCORE_COLUMN_MISSING: (p) =>
      `本表没有可识别的得分列（表头应含${termList(p.terms)}）${unread(p.ignored)}；各项得分和总分已算出，只列在报告中，未写入工作簿`,
    HEADER_REPEATED: (p) =>
      `第${p.row}行重复了本表表头（分页打印或多页拼接时常见），该行未读取；其上下各行按同一张表评分，只有一个总分`,
    PERIOD_CONVERTED: (p) => `${p.side === "target" ? "年度指标值" : "实际完成值"}“${p.text}”按全年${p.yearly}计算`,
    TOTAL_NOT_WRITTEN: (p) => {
      const head = "本表没有总分行（指标下方首列写“总分”或“合计”的行），";
      if (!p.totalAt && !p.gradeAt)
        return `${head}总分${s(p.total)}分${p.grade === null ? "" : `和等级“${p.grade}”`}只列在报告中，未写入工作簿`;
      const total = `总分${s(p.total)}分`;
      const parts = [p.totalAt ? labelledZh(p.totalAt, total) : `${total}只列在报告中，未写入工作簿`];
      if (p.grade !== null)
        parts.push(p.gradeAt ? labelledZh(p.gradeAt, `等级“${p.grade}”`) : `等级“${p.grade}”只列在报告中`);
      return head + parts.join("；");
    },
    NONE_OCCURRED: (p) =>
      p.kind === "zero"
        ? `实际完成值“${p.actual}”按未发生即${p.counted}计算`
        : p.kind === "compliant"
          ? `实际完成值“${p.actual}”说明未发现违规，与年度指标值“${p.target}”相符，判为达成`
          : `实际完成值“${p.actual}”与年度指标值“${p.target}”相符（未发生），判为达成`,
  },
  readFailure: (f) => {
    switch (f.code) {
      case "INVALID_NUMBER":
        return "单元格数值无效";
      case "DATE_SERIAL_OUT_OF_RANGE":
        return `日期序号${f.serial}超出Excel日期范围`;
      case "OUT_OF_RANGE":
        return "数值超出可计算的范围";
      case "ERROR_VALUE":
        return `单元格为错误值${f.value}`;
      case "HASH_DISPLAY":
        return "内容为“######”，是列宽不足时Excel的显示，不是数值，请填入实际内容";
      case "POINT_AS_SEPARATOR":
        return `“${f.text}”的小数点可能是千位分隔符（即${f.text.replace(".", ",")}），请核对后改写`;
      case "BOOLEAN_VALUE":
        return `单元格为逻辑值${f.value}，不是指标值`;
      case "UNKNOWN_CONTENT":
        return "单元格内容无法识别";
      case "COMPARATOR_ONLY":
        return `只有比较符号“${f.text}”，没有数值`;
      case "NO_NUMBER_OR_UNIT":
        return `无法识别“${f.text}”中的数值或单位`;
      case "TEMPERATURE":
        return `“${f.text}”是温度，不能按比例计分`;
      case "RANGE_REVERSED":
        return `区间下限${f.low}大于上限${f.high}`;
      case "NO_SUCH_DATE":
        return `日期“${f.text}”不存在，请核对月份和日期`;
      case "NOT_BEFORE_DEADLINE":
        return `时限“${f.text}”用了“不早于”的比较符号，无法作为完成时限评分`;
      case "FORMULA_NO_RESULT":
        return "公式没有计算结果，请在Excel中重新计算并保存";
      case "FIGURE_IN_WORDS":
        return "含有数字，但读不出数值和单位（请写成如“≥0.8万元”的形式）";
      case "UNIT_UNCLEAR":
        return `未写单位，按${f.from === "target" ? "年度指标值的单位" : "度量单位列"}读作${f.read}，与年度指标值${f.target}相差约${f.times}倍，请注明或核对单位`;
      case "SOME_PERIODS":
        return `“${f.text}”只说了部分时段的数字，无法折算为全年，请填写全年合计数`;
    }
  },
  profileProblem: (p) => {
    switch (p.code) {
      case "NUMBER":
        return "请输入数字";
      case "INTEGER":
        return "须为整数";
      case "REQUIRED":
      case "NAME_BLANK":
        return "不能为空";
      case "MIN":
        return p.inclusive ? `不能小于 ${p.min}` : `必须大于 ${p.min}`;
      case "MAX":
        return p.inclusive ? `不能大于 ${p.max}` : `必须小于 ${p.max}`;
      case "MAX_LENGTH":
        return `不能超过 ${p.max} 个字符`;
      case "OPTION":
        return "请选择列表中的选项";
      case "INVALID":
        return "取值无效";
      case "GRADE_ORDER":
        return `须低于${p.above}（${p.value}）`;
      case "NAME_DUPLICATE":
        return "名称重复";
      case "WEIGHTS_SUM":
        return `一级指标分值合计${n(p.sum)}分加预算执行率${n(p.funding)}分，不等于满分${n(p.full)}分`;
    }
  },
  nextStep: (st) => {
    const at = cellList(st.cells);
    switch (st.action) {
      case "fix-target":
        return `在${at}写明可识别的年度指标值（数值和单位）`;
      case "fill-actual":
        return st.cells.length ? `在${at}填写可识别的实际完成值` : "为本表写明实际完成值列（表头如“实际完成值”）";
      case "fill-funding":
        return `在${at}填写预算执行数据（全年预算数、全年执行数）`;
      case "fix-unit":
        return `统一${at}与年度指标值的计量单位`;
      case "fill-weight":
        return st.cells.length ? `在${at}填写分值` : "为本表写明分值列（表头如“分值”或“权重”）";
      case "name-score-column":
        return "为本表写明得分列（表头如“得分”），以便写入各项得分和总分";
      case "add-total-row":
        return "在本表指标下方加一行，首列写“总分”，以便写入总分";
      case "unmerge":
        return `取消合并得分单元格${at}`;
      case "fill-table":
        return `在${at}所在的表中填写指标，或删除这张空表`;
      case "choose-band":
        return `为${at}选择定性档次（达成 / 部分达成 / 未达成），得分填入该行得分栏`;
      case "fill-reason":
        return `在${at}填写偏差原因`;
      case "explain-over":
        return `在${at}说明超额原因`;
      case "explain-rate":
        return `说明预算执行率偏低的原因${st.cells.length ? `（${at}）` : ""}`;
      case "confirm-band":
        return `核对${at}的计分依据（见单元格提示）`;
      case "check-weights":
        return st.cells.length ? `核对分值（${at}）` : "核对各项分值";
      case "check-score":
        return `核对${at}的原得分`;
      case "review-target":
        return `核实${at}的年度指标值设置`;
    }
  },
  rescore: "填好后重新评分",
  host: hostZh,
  stepSeparator: "；",
  noTableFound: "未找到绩效指标表：需要有“三级指标”（或“绩效指标”）和“年度指标值”等表头",
  noTableNearHeader: (p) =>
    `未找到绩效指标表：工作表“${p.sheet}”第${p.row}行像是指标表的表头，但没有可识别的年度指标值列（表头应以${termList(p.terms)}结尾）${unread(p.ignored)}`,
};
