// Scores one indicator row (spec §3): reads target and completed value, compares, explains.
import { inferDirection } from "../direction";
import type { IndicatorStatus } from "../report";
import type { Profile } from "../profile";
import type { Comparator, DeadlineValue, ParsedValue, QuantityValue } from "../parse/types";
import { holdsFigure } from "../parse/figure";
import { normalizeValueText } from "../parse/normalize";
import { classifyQualitative, isMetWord } from "../qualitative";
import type { CellRef, IndicatorInput } from "../tables/readTable";
import { FindingSink, type Text2 } from "./findingSink";
import { alignQuantities, compareQuantity, showActual, showQuantity, showTarget, type Aligned } from "./quantities";
import { fmtNumber, fmtScore, fromHundredths, toHundredths } from "./rounding";

/** What scoring one row produced. */
export interface IndicatorResult {
  status: IndicatorStatus;
  /** Score in integer hundredths, or null when not scored. */
  score: number | null;
  /** Whether the target was met (null when unknown). */
  met: boolean | null;
  /** The explanation of a score below the weight (used by NOT_MET_NO_REASON). */
  why: Text2 | null;
}

/** Everything the row scorer needs besides the row. */
export interface RowContext {
  profile: Profile;
  sink: FindingSink;
  read: (ref: CellRef | null, row: IndicatorInput, side: "target" | "actual") => ParsedValue;
}

const HAS_DIGIT = /\d/;
const BANDS_ZH = ["达成", "部分达成", "未达成"];
const BANDS_EN = ["achieved", "partly achieved", "not achieved"];
const at = (ref: CellRef | null) => (ref ? { row: ref.row, col: ref.col } : null);

/** Scores a weighted row whose target `t` and completed value `b` (as read from the row's cells) are present. */
export function scoreIndicator(row: IndicatorInput, t: ParsedValue, b: ParsedValue, w: number, ctx: RowContext): IndicatorResult {
  const { sink } = ctx;
  const r = row.row;
  if (t.kind === "unreadable") {
    sink.add("TARGET_UNPARSEABLE", at(row.target), { zh: `年度指标值“${t.text}”无法识别：${t.reason}，本行不计分`, en: `Target "${t.text}" cannot be read; row not scored` }, r);
    return { status: "unreadable", score: null, met: null, why: null };
  }
  if (b.kind === "unreadable") {
    sink.add("ACTUAL_UNPARSEABLE", at(row.actual), { zh: `实际完成值“${b.text}”无法识别：${b.reason}，本行不计分`, en: `Completed value "${b.text}" cannot be read; row not scored` }, r);
    return { status: "unreadable", score: null, met: null, why: null };
  }
  if (t.kind === "quantity") {
    if (b.kind === "quantity") {
      const al = alignQuantities(t, b);
      // a figure in another unit than the target's does not answer it: the whole cell is read as words, as without a remark
      if ((t.remark || b.remark) && "mismatch" in al) return wordsForFigure(row, t, b.text, w, ctx);
      return noteRemarks(row, t, b, scoreQuantity(row, t, b, al, w, ctx), ctx);
    }
    return wordsForFigure(row, t, b.text, w, ctx);
  }
  if (t.kind === "deadline") {
    if (b.kind === "deadline") {
      if (dateKey(b, t) <= dateKey(t, b)) return noteRemarks(row, t, b, full(w, "scored"), ctx);
      const late = { zh: `完成时间${b.text}晚于${t.text}`, en: `finished ${b.text}, after ${t.text}` };
      return noteRemarks(row, t, b, scoreByWords(row, b.remark?.figure ?? b.text, t.text, w, ctx, late), ctx);
    }
    if (b.kind === "qualitative" && isMetWord(b.text)) return full(w, "qualitative");
    return scoreByWords(row, b.text, t.text, w, ctx);
  }
  return unreadableWordTarget(row, t, b, ctx) ?? scoreByWords(row, b.text, t.text, w, ctx);
}

/** Says what became of the remarks after compared figures (spec §2: an assumption is a finding): an info finding
 *  that the remark was not scored, a QUALITATIVE_REVIEW warning when the completed value's remark says the opposite of
 *  the result (11篇（已完成） against ≥15篇). */
function noteRemarks(row: IndicatorInput, t: QuantityValue | DeadlineValue, b: QuantityValue | DeadlineValue, res: IndicatorResult, ctx: RowContext): IndicatorResult {
  const r = row.row;
  const ignored = (v: QuantityValue | DeadlineValue, ref: CellRef | null, zh: string, en: string) =>
    ctx.sink.add("REMARK_IGNORED", at(ref), { zh: `${zh}“${v.text}”按${v.remark!.figure}计分，说明“${v.remark!.note}”未参与计分`, en: `${en} "${v.text}" read as ${v.remark!.figure}; the remark "${v.remark!.note}" is not scored` }, r);
  if (t.remark) ignored(t, row.target, "年度指标值", "Target");
  if (b.remark) {
    const { figure, note } = b.remark;
    const band = classifyQualitative(note, "", ctx.profile).band;
    if (res.met !== null && band !== null && res.met !== (band === 0)) {
      ctx.sink.add("QUALITATIVE_REVIEW", at(row.actual), { zh: `实际完成值“${b.text}”按${figure}计分，但说明“${note}”与计分结果不符，请人工确认`, en: `Completed value "${b.text}" scored as ${figure}, but the remark "${note}" says otherwise; please confirm` }, r);
    } else ignored(b, row.actual, "实际完成值", "Completed value");
  }
  return res;
}

/** A number target answered in words: the words decide (spec §3 qualitative), but full marks for a text holding a
 *  figure that could not be compared (11篇已完成 against ≥15篇) are never silent: a QUALITATIVE_REVIEW warning. */
function wordsForFigure(row: IndicatorInput, t: QuantityValue, actual: string, w: number, ctx: RowContext): IndicatorResult {
  const res = scoreByWords(row, actual, t.text, w, ctx);
  const hasFigure = HAS_DIGIT.test(normalizeValueText(actual));
  if (res.met && hasFigure) {
    ctx.sink.add("QUALITATIVE_REVIEW", at(row.actual), { zh: `实际完成值“${actual}”中的数字无法与年度指标值“${t.text}”比较，按文字判为达成计满分，请人工核对`, en: `The figure in "${actual}" cannot be compared with the target "${t.text}"; scored full by its words, please check` }, row.row);
  } else if (!hasFigure && res.score !== null) {
    // words only under a number target (完成 against ≤30万元): the band the words gave is an assumption, said (spec §3)
    const band = classifyQualitative(actual, t.text, ctx.profile).band!;
    ctx.sink.add("SCORED_BY_WORDS", at(row.actual), { zh: `实际完成值“${actual}”没有数字，按文字判为${BANDS_ZH[band]}`, en: `Completed value "${actual}" has no figure; judged ${BANDS_EN[band]} by its words` }, row.row);
  }
  return res;
}

/** A word target holding a figure the reader cannot take (M.8万元, 到0次) that the words do not decide either: the
 *  target is what cannot be read, so the finding is on it (TARGET_UNPARSEABLE), not on the completed value. */
function unreadableWordTarget(row: IndicatorInput, t: ParsedValue, b: ParsedValue, ctx: RowContext): IndicatorResult | null {
  if (t.kind !== "qualitative" || !holdsFigure(t.text)) return null;
  if (classifyQualitative(b.text, t.text, ctx.profile).band !== null) return null;
  ctx.sink.add("TARGET_UNPARSEABLE", at(row.target), { zh: `年度指标值“${t.text}”含有数字，但无法识别为数值和单位，本行不计分；请改写为如“≥0.8万元”的形式`, en: `Target "${t.text}" holds a figure that cannot be read as a number and unit; row not scored` }, row.row);
  return { status: "unreadable", score: null, met: null, why: null };
}

function full(w: number, status: IndicatorStatus): IndicatorResult {
  return { status, score: toHundredths(w, { decimals: 2, mode: "half-up" }), met: true, why: null };
}

function dateKey(d: DeadlineValue, other: DeadlineValue): number {
  const y = d.year ?? other.year ?? 0;
  return y * 10000 + d.month * 100 + (d.day ?? 31);
}

function scoreQuantity(row: IndicatorInput, t: QuantityValue, b: QuantityValue, al: Aligned | { mismatch: Text2 }, w: number, ctx: RowContext): IndicatorResult {
  const { sink, profile } = ctx;
  const r = row.row;
  if ("mismatch" in al) {
    sink.add("UNIT_MISMATCH", at(row.actual), al.mismatch, r);
    return { status: "unreadable", score: null, met: null, why: null };
  }
  if (al.assumed) sink.add("UNIT_ASSUMED", at(al.assumed.on === "target" ? row.target : row.actual), al.assumed.text, r);
  let cmp: Comparator | "range";
  if (t.high !== null) cmp = "range";
  else if (t.comparator) cmp = t.comparator;
  else {
    const d = inferDirection(row.level2, row.level3, profile);
    cmp = d.comparator;
    const dirZh = d.comparator === ">=" ? "≥（越高越好）" : "≤（越低越好）";
    const dirEn = d.comparator === ">=" ? "≥ (higher is better)" : "≤ (lower is better)";
    const basis = d.keyword ? `按指标名称中的“${d.keyword}”` : d.reason === "cost-category" ? "按成本指标" : "默认";
    sink.add("DIRECTION_INFERRED", at(row.target), { zh: `年度指标值“${t.text}”未写方向，${basis}推定为${dirZh}`, en: `Target "${t.text}" has no direction; inferred ${dirEn}${d.keyword ? ` from "${d.keyword}"` : ""}` }, r);
  }
  if (b.high !== null) sink.add("APPROXIMATE_VALUE", at(row.actual), { zh: `实际完成值“${b.text}”是一个区间，按下限${showActual(al)}计算`, en: `Completed value "${b.text}" is a range; counted as its lower bound ${showActual(al)}` }, r);
  else if (b.approximate) sink.add("APPROXIMATE_VALUE", at(row.actual), { zh: `实际完成值“${b.text}”为约数，按${showActual(al)}计算`, en: `Completed value "${b.text}" is approximate; counted as ${showActual(al)}` }, r);
  const oa = profile.overAchievement;
  const c = compareQuantity(cmp, al, w, b.approximate, oa.threshold, oa.action === "deduct");
  const score = toHundredths(c.raw, profile.scoreRounding);
  if (c.over && cmp === "range") {
    // above a range (spec §3): full marks and the warning, measured from the range's upper bound
    const showHigh = showQuantity(t.high!, al.unit);
    const pct = al.high! > 0 ? `达${fmtNumber((al.b / al.high! - 1) * 100, 1)}%` : "";
    sink.add("OVER_ACHIEVED", at(row.score ?? row.actual), { zh: `实际完成值${showActual(al)}高于年度指标值区间“${t.text}”的上限${showHigh}${pct}，计满分，请分析指标值设定偏低的原因`, en: `Completed ${showActual(al)} is above the upper bound ${showHigh} of the range "${t.text}"; explain why the target was set low` }, r);
  } else if (c.over) {
    const pct = al.a > 0 ? fmtNumber((al.b / al.a - 1) * 100, 1) : "";
    const tail = oa.action === "deduct" ? `按偏离度调减后计${fmtScore(fromHundredths(score))}分` : "暂计满分";
    const showA = showTarget(al);
    const showB = showActual(al);
    sink.add("OVER_ACHIEVED", at(row.score ?? row.actual), { zh: `实际完成值${showB}高于年度指标值${showA}达${pct}%（超过${fmtNumber(oa.threshold * 100)}%），${tail}，请分析指标值设定偏低的原因`, en: `Completed ${showB} is ${pct}% above the target ${showA}; explain why the target was set low` }, r);
  }
  if (c.met) return { status: "scored", score, met: true, why: null };
  const verb = cmp === "<=" || cmp === "<" ? "高于" : cmp === "=" ? "不等于" : "低于";
  const verbEn = cmp === "<=" || cmp === "<" ? "above" : cmp === "=" ? "differs from" : "below";
  const f = c.formula!;
  const showA = showTarget(al);
  const showB = showActual(al);
  const why = {
    zh: `实际完成值${showB}${verb}年度指标值${showA}，${f.zh}计${fmtScore(fromHundredths(score))}分`,
    en: `Completed ${showB} is ${verbEn} the target ${showA}: ${f.en} = ${fmtScore(fromHundredths(score))}`,
  };
  return { status: "scored", score, met: false, why };
}

function scoreByWords(row: IndicatorInput, actual: string, target: string, w: number, ctx: RowContext, lead?: Text2): IndicatorResult {
  const { sink, profile } = ctx;
  const r = row.row;
  const cell = at(row.score ?? row.actual);
  const c = classifyQualitative(actual, target, profile);
  if (c.band === null) {
    sink.add("QUALITATIVE_REVIEW", cell, { zh: `${lead ? lead.zh + "；" : ""}实际完成情况“${actual}”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”，暂不计分`, en: `${lead ? lead.en + "; " : ""}"${actual}" matches no band; choose achieved / partly / not achieved; not scored yet` }, r);
    return { status: "qualitative", score: null, met: null, why: null };
  }
  const point = profile.qualitative.points[c.band];
  const score = toHundredths(w * point, profile.scoreRounding);
  if (c.band === 0) return { status: "qualitative", score, met: true, why: null };
  const s = fmtScore(fromHundredths(score));
  const why = {
    zh: `${lead ? lead.zh + "，" : ""}“${actual}”判为${BANDS_ZH[c.band]}，按${fmtNumber(point * 100)}%×${fmtNumber(w)}计${s}分`,
    en: `${lead ? lead.en + ", " : ""}"${actual}" is ${BANDS_EN[c.band]}: ${fmtNumber(point * 100)}%×${fmtNumber(w)} = ${s}`,
  };
  sink.add("QUALITATIVE_REVIEW", cell, { zh: `${why.zh}，请人工确认`, en: `${why.en}; please confirm` }, r);
  return { status: "qualitative", score, met: false, why };
}
