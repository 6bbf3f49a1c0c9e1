// Dates written with dots (12.31, 12.31前, 2021.12.31) in a row about time (spec §2 Deadlines): read as dates, as
// their 月/日 forms are, when both sides are dates, never as decimals (12.2 against 12.31 is 12月20日, on time).
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import type { DeadlineValue, ParsedValue } from "../parse/types";
import type { CellRef, IndicatorInput } from "../tables/readTable";
import { dateKey } from "./deadlineRow";

/** A name of a point or a limit in time (完成时间, 竣工日期, 办理时限). */
const TIME_NAME = /时间|日期|时限|期限|时点|节点/;
/** A name of a point in time (完成时间, 竣工日期), not of a length. */
const POINT_NAME = /完成时间|日期|时点|节点/;
/** Figures joined by dots after at most a few words (≤, 截至): year.month(.day) or month.day, a 日 after them. */
const DOTTED = /^(\D{0,4}?)(\d{1,4})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.])[日号]?/;

/** One side's readings as a date (two for a typed number whose last 0 Excel dropped: 12.2 may be 12.20). */
interface Dated {
  dates: DeadlineValue[];
  /** Surely a date: a year, a two-figure day or words after it (12.31, 12.5前); 1.5 alone may be a length. */
  sure: boolean;
  dotted: boolean;
}

/** `s` (a date in 年/月/日) read as a deadline, said as `text`; null when it is none. */
function asDate(s: string, text: string, row: IndicatorInput, year: number | null): DeadlineValue | null {
  const v = parseValue(s, { timeliness: true, tableYear: year, comparatorColumn: row.comparatorText });
  return v.kind === "deadline" ? Object.assign({}, v, { text }) : null;
}

/** `v` as a date: a deadline as read, or a figure with dots that reads as a date in its 年/月/日 form; else null. */
function dated(v: ParsedValue, ref: CellRef | null, row: IndicatorInput, year: number | null): Dated | null {
  if (v.kind === "deadline") return { dates: [v], sure: true, dotted: false };
  if (v.kind === "quantity" && v.unitSource === "column") return null;
  const s = normalizeValueText(v.text);
  const m = DOTTED.exec(s);
  if (!m || m[2].length === 3 || (m[4] !== undefined && m[2].length !== 4)) return null;
  const rest = s.slice(m[0].length);
  const last = m[4] ?? m[3];
  const form = (day: string) =>
    m[4] === undefined
      ? m[2].length === 4
        ? `${m[1]}${m[2]}年${day}月${rest}`
        : `${m[1]}${m[2]}月${day}日${rest}`
      : `${m[1]}${m[2]}年${m[3]}月${day}日${rest}`;
  const first = asDate(form(last), v.text, row, year);
  if (!first) return null;
  const dates = [first];
  // a typed number keeps no last 0 (12.20 is 12.2): the tenfold day is a reading too
  const alt = typeof ref?.value === "number" && last.length === 1 ? asDate(form(last + "0"), v.text, row, year) : null;
  if (alt) dates.push(alt);
  return { dates, sure: m[2].length === 4 || last.length === 2 || rest !== "", dotted: true };
}

/** Target and completed value read as dates in a row about time when both are dates and one at least was written with
 *  dots and is surely a date (or one side alone is such a date); a completed value whose readings disagree on time
 *  (12.2 against 12.15) as words, for a person. Null when no date written with dots is read. */
export function dottedDates(
  row: IndicatorInput,
  t: ParsedValue,
  b: ParsedValue,
  year: number | null,
): [ParsedValue, ParsedValue] | null {
  if (!row.level2.includes("时效") && !TIME_NAME.test(row.level3)) return null;
  const td = dated(t, row.target, row, year);
  const bd = dated(b, row.actual, row, year);
  // one side only a date: the one written with dots, surely a date (12.31), is read as its 月/日 form would be, unless
  // the other is a figure with its unit (10.25 against ≤15天 is a length)
  if (!td !== !bd) {
    const d = (td ?? bd)!;
    const other = td ? b : t;
    if (!d.dotted || !d.sure || (other.kind === "quantity" && other.unit !== null)) return null;
    return td ? [d.dates[0], b] : [t, d.dates[0]];
  }
  if (!td || !bd || !(td.dotted || bd.dotted)) return null;
  // two figures that may be dates or lengths (1.5 against 1.2) in a row named for a point in time: a person tells
  if (!(td.sure || bd.sure)) return POINT_NAME.test(row.level3) ? [td.dates[0], words(b)] : null;
  const onTime = (x: DeadlineValue, y: DeadlineValue) => dateKey(y, x) <= dateKey(x, y);
  const first = onTime(td.dates[0], bd.dates[0]);
  let same = true;
  for (const x of td.dates) for (const y of bd.dates) same = same && onTime(x, y) === first;
  return [td.dates[0], same ? bd.dates[0] : words(b)];
}

function words(v: ParsedValue): ParsedValue {
  return { kind: "qualitative", text: v.text };
}
