// A row whose target is a deadline (spec §2 Deadlines): a completed date on or before it is met; a date after it, or
// words saying 达成 of work done late, are 部分达成; a share done by it picks the band; a year read in is said.
import type { LateLead } from "../messages/params";
import { dateInWords, type DateInWords } from "../parse/deadline";
import { normalizeValueText } from "../parse/normalize";
import { plannedLabel } from "../parse/remark";
import type { DeadlineValue, ParsedValue } from "../parse/types";
import { finishesStageOnly } from "../otherTask";
import { isMetWord } from "../qualitative";
import type { IndicatorInput } from "../tables/readTable";
import { completionDegree } from "./completionDegree";
import { cellAt } from "./findingSink";
import { labelledFigure } from "./labelledFigure";
import { noteRemarks } from "./remarkFindings";
import { startedOnly } from "./startedOnly";
import type { IndicatorResult, RowContext } from "./scoreIndicator";
import { doneLate, full, scoreByDegree, scoreByWords } from "./wordsScore";

/** A row whose target is a deadline (12月底前, 2023年6月底前): the completed date, or a date or a share among words,
 *  against it (spec §2 Deadlines, §3). */
export function deadlineRow(
  row: IndicatorInput,
  t: DeadlineValue,
  b: ParsedValue,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  if (b.kind === "deadline") {
    const planned = labelledFigure(row, t, b, ctx);
    if (planned) return planned;
    const moved = laterYearMonth(b, t);
    // a later date after the one read (11月完成主体，12月完成附属; 10月试运行，次年3月正式上线): the last date says when
    // the work was done, as among words
    const after = b.remark && !moved ? lateInNote(b.remark.note, t, ctx.tableYear ?? null) : null;
    if (after) return scoreByWords(row, b.text, t.text, w, ctx, { timely: true, lead: after });
    if (!moved && dateKey(b, t) <= dateKey(t, b)) {
      // started by then (2021年12月开工), or a stage done (12月底前完成招标), against a deadline for finishing: a person
      // tells
      const stage = finishesStageOnly(normalizeValueText(b.text), t.text);
      if (stage || startedOnly(b.text, t.text, row.level3))
        return scoreByWords(row, b.text, t.text, w, ctx, { timely: true });
      // a share done by then said beside the date (2023年11月（完成60%）) picks the band, 达成 only at 100 %
      const degree = b.remark ? completionDegree(b.remark.note) : null;
      const res =
        degree !== null
          ? scoreByDegree(row, b.text, degree, w, ctx, t.text)
          : noteRemarks(row, t, b, full(w, "scored"), ctx);
      return yearSaid(row, t, b.year, b.text, yearWrap(row, t, b, res, ctx), ctx);
    }
    const lead = { actual: dateInWords(normalizeValueText(b.text))?.text ?? b.text, target: t.text };
    const said = b.remark?.figure ?? b.text;
    // a date alone (2024年1月5日, not 2024年1月开工) says when the work was done: late
    const res =
      b.comparator === "="
        ? doneLate(row, said, lead, w, ctx)
        : scoreByWords(row, said, t.text, w, ctx, { timely: true, lead });
    if (moved)
      ctx.sink.add(
        "QUALITATIVE_REVIEW",
        cellAt(row.actual),
        { kind: "target-year", actual: b.text, target: t.text, year: moved },
        row.row,
      );
    return noteRemarks(row, t, b, res, ctx);
  }
  // a date inside words or before a count (已于2023年8月完成, 2023年8月完成培训800人次)
  const d = b.kind === "qualitative" || b.kind === "quantity" ? dateInWords(normalizeValueText(b.text)) : null;
  const lead = d && lateDate(d, t, ctx.tableYear ?? null);
  if (lead) return scoreByWords(row, b.text, t.text, w, ctx, { timely: true, lead });
  return yearSaid(row, t, d?.year ?? null, b.text, wordsByDeadline(row, t, b, w, ctx), ctx);
}

/** Words against a deadline, with no date after it among them: 达成 words, a share done, else the bands. */
function wordsByDeadline(
  row: IndicatorInput,
  t: DeadlineValue,
  b: ParsedValue,
  w: number,
  ctx: RowContext,
): IndicatorResult {
  if (b.kind === "qualitative" && isMetWord(b.text)) return full(w, "qualitative");
  // a share done by the deadline (12月底前完成60%, 已完成60%: read as a percent, no words): the share picks the band, and
  // only all of it (100 %) keeps the deadline
  const share = b.kind === "qualitative" || (b.kind === "quantity" && b.unit?.family === "percent");
  const degree = share ? completionDegree(b.text, t.text) : null;
  if (degree !== null) return scoreByDegree(row, b.text, degree, w, ctx, t.text);
  const nextYearDue = t.yearFrom === "next" || (t.year ?? 0) > (ctx.tableYear ?? Infinity);
  return scoreByWords(row, b.text, t.text, w, ctx, { timely: true, lead: null, nextYearDue });
}

/** The last date of a completed date's remark when after the deadline and not planned (2022年3月正式上线, not
 *  计划2022年推广), or null. */
function lateInNote(note: string, t: DeadlineValue, tableYear: number | null): LateLead | null {
  const s = normalizeValueText(note);
  const d = plannedLabel(s) === null ? dateInWords(s) : null;
  return d && lateDate(d, t, tableYear);
}

/** A date after the deadline (已于2023年8月完成 against 2023年6月底前), or null; 次年 is the year after the table's, else
 *  after the deadline's. */
function lateDate(d: DateInWords, t: DeadlineValue, tableYear: number | null): LateLead | null {
  const base = tableYear ?? t.year;
  const year = d.nextYear ? (base === null ? null : base + 1) : d.year;
  const said: DeadlineValue = { kind: "deadline", comparator: "=", year, month: d.month, day: d.day, text: d.text };
  if (d.nextYear) said.yearFrom = "next";
  return dateKey(said, t) > dateKey(t, said) ? { actual: d.text, target: t.text } : null;
}

/** The year of a deadline after the table's (2022年3月前) for a completed month that has the table's (4月 in 2021) when
 *  in it the month is late, by less than it would be early in the table's year (12月 stays 2021年12月); else null. */
function laterYearMonth(b: DeadlineValue, t: DeadlineValue): number | null {
  if (b.yearFrom !== "table" || b.year === null || t.year === null || t.year <= b.year) return null;
  const moved = Object.assign({}, b, { year: t.year });
  const late = dateKey(moved, t) > dateKey(t, moved) && 2 * (b.month - t.month) < 12 * (t.year - b.year);
  return late ? t.year : null;
}

/** `res`, on time by January or February against November or December, neither year written (1月10日 against
 *  12月31日前): one year, as decided, but a self-evaluation is filled in after the year, so a scored row says it. */
function yearWrap(
  row: IndicatorInput,
  t: DeadlineValue,
  b: DeadlineValue,
  res: IndicatorResult,
  ctx: RowContext,
): IndicatorResult {
  const written = (d: DeadlineValue) => d.year !== null && d.yearFrom !== "table";
  if (written(t) || written(b) || t.month < 11 || b.month > 2 || res.score === null) return res;
  ctx.sink.add(
    "QUALITATIVE_REVIEW",
    cellAt(row.actual),
    { kind: "year-wrap", actual: b.text, target: t.text },
    row.row,
  );
  return res;
}

/** `res`, on time by a date in `year` against a deadline that has no year, neither its own nor the table's title's
 *  (12月底前 met by 2022年1月): read in that year, which the table may not be of, so a scored row says it (a review). */
function yearSaid(
  row: IndicatorInput,
  t: DeadlineValue,
  year: number | null,
  actual: string,
  res: IndicatorResult,
  ctx: RowContext,
): IndicatorResult {
  if (t.year !== null || year === null || res.score === null) return res;
  ctx.sink.add(
    "QUALITATIVE_REVIEW",
    cellAt(row.actual),
    { kind: "deadline-year", actual, target: t.text, year },
    row.row,
  );
  return res;
}

/** A date as one number (yyyymmdd, the month's end for no day), in the other's year when it has none (the year after
 *  a date of no year when it says 次年). */
export function dateKey(d: DeadlineValue, other: DeadlineValue): number {
  const y = d.year ?? other.year ?? (d.yearFrom === "next" && other.yearFrom !== "next" ? 1 : 0);
  return y * 10000 + d.month * 100 + (d.day ?? 31);
}
