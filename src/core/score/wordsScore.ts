// The words path of one row (spec §3 三档): the band the words fall in, or a share done, and its point of the weight;
// words saying 达成 of work done late are 部分达成.
import type { BandIndex, FindingParams, GradeGap, LateLead, Overdue } from "../messages/params";
import { aspectsUnsaid } from "../aspects";
import { answersNone, answerTo, plainStatement, reportsOccurred } from "../absence";
import { complianceBand } from "../compliance";
import { benchmarkBand, slightlyShort } from "../benchmark";
import { changeDegreeBand } from "../changeDegree";
import { earlierYearBand } from "../earlierYear";
import { verbAloneBand } from "../verbAlone";
import { isAsked } from "../negation";
import { compareGrades, type GradeComparison } from "../gradeLadder";
import { retriedForFirstTry } from "../reviewOutcome";
import { dateInWords } from "../parse/deadline";
import { normalizeValueText } from "../parse/normalize";
import { classifyQualitative, lateWordIn } from "../qualitative";
import type { IndicatorStatus } from "../report";
import type { IndicatorInput } from "../tables/readTable";
import { bandOfDegree } from "./completionDegree";
import { cellAt } from "./findingSink";
import { waitForPerson } from "./personScore";
import { fromHundredths, toHundredths } from "./rounding";
import type { IndicatorResult, RowContext } from "./scoreIndicator";
import { startedOnly } from "./startedOnly";

/** Full marks of weight `w`, with `status`. */
export function full(w: number, status: IndicatorStatus): IndicatorResult {
  return { status, score: toHundredths(w, { decimals: 2, mode: "half-up" }), met: true, why: null };
}

/** How words are read against a target: `timely` in a row about time (lateness words count), `lead` a date after
 *  the deadline, said before the band, `nextYearDue` a deadline in a year after the table's (次年 is no lateness). */
export interface WordsContext {
  timely: boolean;
  lead?: LateLead | null;
  nextYearDue?: boolean;
}

/** Why words of band 达成 are of work done late: a date after the deadline, or in a row about time a lateness word or
 *  a date in a year after the table's (2022年3月完成 against 按时完成 in a 2021 table). */
function overdue(actual: string, how: WordsContext, year: number | null): Overdue | null {
  if (how.lead) return { kind: "date" };
  const word = how.timely ? lateWordIn(actual, how.nextYearDue) : null;
  if (word) return { kind: "words", word };
  const date = how.timely && year !== null && !how.nextYearDue ? dateInWords(normalizeValueText(actual)) : null;
  return date && date.year !== null && year !== null && date.year > year ? { kind: "date" } : null;
}

/** Whether a completed text is a few words of lateness alone (滞后, 进度滞后, 推迟拨付, 略有滞后), not planned (将于明年完成). */
function lateAlone(actual: string): boolean {
  const a = actual.trim();
  const word = a.length <= 6 ? lateWordIn(a) : null;
  return word !== null && !isAsked(a, Math.max(0, a.indexOf(word)));
}

/** A date alone after the deadline (2024年1月5日 against 2023年12月31日前): the work done then, late, so 部分达成 with
 *  the band's review, as `2024年1月完成` is. */
export function doneLate(row: IndicatorInput, actual: string, lead: LateLead, w: number, ctx: RowContext) {
  return bandResult(row, actual, 1, w, ctx, { lead, late: { kind: "date" } });
}

/** The qualitative rule (spec §3 三档): the band's point, a QUALITATIVE_REVIEW warning for bands 2 and 3 and for text
 *  that matches no band (not scored). Words saying 达成 of work done late (a date after the deadline, 延期完成 in a
 *  row about time) are 部分达成 (spec §3 deadline: not met, a review finding). */
export function scoreByWords(
  row: IndicatorInput,
  actual: string,
  target: string,
  w: number,
  ctx: RowContext,
  how: WordsContext = { timely: false },
): IndicatorResult {
  const cell = cellAt(row.score ?? row.actual);
  const lead = how.lead ?? null;
  // work said started (按时开工) against a target or name asking it finished (按时完成): a person tells
  if (startedOnly(actual, target, row.level3))
    return waitForPerson(cell, row.row, { kind: "no-band", actual, lead }, ctx);
  // a yes or no answering the name's question (是否发生安全事故: 否) against the answer the target wants (无)
  const answered = answerToName(row.level3, actual, target);
  if (answered === 0 && answerTo(row.level3, actual) !== "yes" && plainStatement(actual) !== plainStatement(target))
    ctx.sink.add("NONE_OCCURRED", cellAt(row.actual), { kind: "words", actual, target }, row.row);
  if (answered !== null) return bandResult(row, actual, answered, w, ctx, { lead, late: null });
  const c = classifyQualitative(actual, target, ctx.profile);
  // the target said but planned, asked, doubted or of a stage only (拟建立健全, 按时完成与否尚不确定): no word decides
  if (c.band === null && c.rule !== null) return waitForPerson(cell, row.row, { kind: "no-band", actual, lead }, ctx);
  // a few words of lateness alone in a row about time (滞后, 拨付滞后, 推迟拨付) say it was late as 延期完成 does
  const late =
    c.band === 0 || (c.band === null && lateAlone(actual)) ? overdue(actual, how, ctx.tableYear ?? null) : null;
  // a pass after rework or a later try (整改后验收合格, 复验合格) against a first try asked (一次性验收合格): 未达成
  const retry = c.band === 0 ? retriedForFirstTry(actual, target + "|" + row.level3) : null;
  // 足额发放 against 按时足额发放: 达成 would vouch for the aspect left unsaid (按时)
  const unsaid = c.band === 0 && !late && !retry ? aspectsUnsaid(actual, target) : null;
  if (unsaid) return waitForPerson(cell, row.row, { kind: "no-band", actual, lead, target, unsaid }, ctx);
  const said = retry ? 2 : late ? 1 : (c.band ?? eventsBand(row, actual, target, ctx));
  // a grade below the one asked (合格 against 良好及以上) lowers the band, one at or above it is 达成 (B级 against B级),
  // an at-least grade below it (良好以上 against 优秀) is for a person
  // or below the grade a rate's name counts (合格 against 工程优良率 ≥80%)
  const grade = said === null || said === 0 ? (compareGrades(actual, target) ?? gradeOfRate(actual, row.level3)) : null;
  const below = grade !== null && typeof grade === "object" ? grade : null;
  const graded = below ? below.band : grade === "unclear" ? null : grade === "reached" ? 0 : said;
  // a target set against the year before (不低于上年) answered with the way the figure went (与上年持平, 同比下降3%), or
  // against another benchmark in words (不低于序时进度) answered by a comparison with it (超过序时进度), or a verb and its
  // object (制定管理办法) answered with the verb alone (已制定, 尚未制定); by a little the wrong way is 部分达成
  const compared = graded === null && grade !== "unclear";
  const against = compared
    ? (earlierYearBand(actual, target) ?? benchmarkBand(actual, target) ?? verbAloneBand(actual, target))
    : null;
  // a target asking a change (有效提升) answered with one in words (大幅提升, 得到改善, 恶化): its way and degree decide
  const band = compared ? (slightlyShort(against, actual) ?? changeDegreeBand(actual, target)) : graded;
  if (band === null) return waitForPerson(cell, row.row, { kind: "no-band", actual, lead }, ctx);
  const why = below ? { lead, late, below: below.gap } : retry ? { lead, late: null, retry } : { lead, late };
  return bandResult(row, actual, band, w, ctx, why);
}

/** The band of a completed yes or no (`actual`) answering the question a row's `name` asks (是否发生安全事故: 否),
 *  against the answer its target wants (无, 否, 0起, 是): 达成 when they agree, 未达成 when not; null when either
 *  gives no such answer, or a yes is wanted and none is said (无 may be no answer at all). */
function answerToName(name: string, actual: string, target: string): BandIndex | null {
  const [said, wanted] = [answerTo(name, actual), answerTo(name, target)];
  if (said === null || wanted === null || (said === "none" && wanted === "yes")) return null;
  return (said === "yes") === (wanted === "yes") ? 0 : 2;
}

/** A grade word against the grade a rate's name counts (优良 in 工程优良率), or null. */
function gradeOfRate(actual: string, name: string): GradeComparison | null {
  const m = GRADE_RATE.exec(name);
  return m ? compareGrades(actual, m[1]) : null;
}
const GRADE_RATE = /(优良|优秀|良好|优质)率$/;

/** The band of words no band knows that say whether what the target rules out happened: the bad event it asks to be
 *  absent did not (达成, said) or did (发生重大安全事故1起 against 无重大安全事故: 未达成, with the band's review); a breach
 *  of the rules it asks kept was not found (无违规使用资金情况 against 合规: 达成, said) or was (未达成). */
function eventsBand(row: IndicatorInput, actual: string, target: string, ctx: RowContext): BandIndex | null {
  if (answersNone(actual, target, row.level3)) {
    ctx.sink.add("NONE_OCCURRED", cellAt(row.actual), { kind: "words", actual, target }, row.row);
    return 0;
  }
  if (reportsOccurred(actual, target, row.level3)) return 2;
  const kept = complianceBand(actual, target);
  if (kept === 0) ctx.sink.add("NONE_OCCURRED", cellAt(row.actual), { kind: "compliant", actual, target }, row.row);
  return kept;
}

/** A word target answered with a share done (完成80%): the band it falls in by the profile's floors, said
 *  (BAND_FROM_DEGREE), then scored as that band; against a target asking all (`all`: 应保尽保, a deadline) only 100 %
 *  is 达成. */
export function scoreByDegree(
  row: IndicatorInput,
  actual: string,
  percent: number,
  w: number,
  ctx: RowContext,
  all: string | null = null,
) {
  const [a, p] = ctx.profile.qualitative.bandFloors;
  const floors: [number, number] = [all === null ? a * 100 : 100, p * 100];
  const band = bandOfDegree(percent, floors);
  const said = all === null ? { actual, percent, band, floors } : { actual, percent, band, floors, all };
  ctx.sink.add("BAND_FROM_DEGREE", cellAt(row.actual), said, row.row);
  return bandResult(row, actual, band, w, ctx, { lead: null, late: null });
}

/** A band's point of the weight; bands 2 and 3 with a QUALITATIVE_REVIEW warning (`lead`, `late`: why words of 达成
 *  were taken as 部分达成; `below`: the grade below the one asked that set the band; `retry`: rework against a first
 *  try asked). */
function bandResult(
  row: IndicatorInput,
  actual: string,
  band: BandIndex,
  w: number,
  ctx: RowContext,
  why: { lead: LateLead | null; late: Overdue | null; below?: GradeGap; retry?: string },
): IndicatorResult {
  const point = ctx.profile.qualitative.points[band];
  const score = toHundredths(w * point, ctx.profile.scoreRounding);
  if (band === 0) return { status: "qualitative", score, met: true, why: null };
  const review: FindingParams["QUALITATIVE_REVIEW"] & { kind: "band" } = {
    kind: "band",
    shortfall: { kind: "band", actual, band, point, weight: w, score: fromHundredths(score), ...why },
  };
  ctx.sink.add("QUALITATIVE_REVIEW", cellAt(row.score ?? row.actual), review, row.row);
  return { status: "qualitative", score, met: false, why: review.shortfall };
}
