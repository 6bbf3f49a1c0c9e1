// What the value reader (spec §2) makes of one target or completed-value cell.
import type { ReadFailure } from "../messages/params";

/** A comparator as the rules use it. */
export type Comparator = ">=" | "<=" | ">" | "<" | "=";

/** Unit families; values are compared only within one family. */
export type UnitFamily =
  "count" | "money" | "percent" | "area" | "length" | "duration" | "energy" | "mass" | "volume" | "sound";

/** A unit as written, with its family and the factor to the family's base (元, fraction, 平方米, 米, 天, 度, 千克, 立方米). */
export interface Unit {
  /** The unit text as normalised, e.g. "万元", "%", "人次", "篇". */
  text: string;
  family: UnitFamily;
  /** Multiply a value in this unit by factor to get the family base (万元 → 10000, % → 0.01, 小时 → 1/24). */
  factor: number;
  /** For the count family: the count unit itself (次 and 人 are different counts); "" for other families. */
  countKind: string;
}

/** A number (or range) with its comparator and unit. */
export interface QuantityValue {
  kind: "quantity";
  /** The comparator from a prefix, suffix, word or separate column; null when the text has none. */
  comparator: Comparator | null;
  /** Where the comparator came from ("column" = 指标性质/指标方向 column). */
  comparatorSource: "prefix" | "suffix" | "column" | null;
  /** The number in `unit` (multipliers 千/万/亿 already applied unless they are part of the unit, like 万元). */
  value: number;
  /** The upper bound when the text is a range a–b (then comparator is null and value is a). */
  high: number | null;
  unit: Unit | null;
  /** Where the unit came from: the cell text, the unit column, or a percent number format. */
  unitSource: "text" | "column" | "format" | null;
  /** 1000多, 20余, 约300, 超过5万, >95% ... */
  approximate: boolean;
  /** The side of its figure an approximation without a comparator puts the true figure on, by a little: over for
   *  1000多, 20余, 1000+, 上千; under for 近90%, 接近, 将近. Absent for 约, 左右 and exact figures. */
  lean?: Lean;
  /** The comparator came from 达到 or 达 (达到95%): a bound in a target, the figure reached in a completed value. */
  reached?: true;
  /** The figure carried its own 万/千/亿 and no unit (298.5万): `value` is multiplied; a money unit it takes from the
   *  other side or the column is 元 (units.ts, unitForMultiplied). */
  multiplied?: true;
  text: string;
  /** A remark the cell adds after its figure (11篇（受疫情影响）, 11篇，未达标): not part of the value. */
  remark?: Remark;
  /** The period the figure is per (每季度1次, 2次/月), when the text names one; absent for a figure for the year. */
  per?: Period;
  /** The figure a change started from, in `unit` (由85%提高到88%: 85), when the text says one. */
  from?: number;
  /** A target bounding a deviation either way (±10%): met by a completed value whose size is within it. */
  deviation?: true;
}

/** Which side of its figure an approximate value lies on. */
export type Lean = "over" | "under";

/** The period a figure is counted per (每月, /季度 …). */
export type Period =
  | "day"
  | "workday"
  | "week"
  | "two-weeks"
  | "half-month"
  | "month"
  | "two-months"
  | "quarter"
  | "half-year"
  | "year"
  | "term";

/** The words a cell writes after its figure (`text` stays the whole cell text: 11篇（受疫情影响）). */
export interface Remark {
  /** The figure that was read: 11篇. */
  figure: string;
  /** The remark alone: 受疫情影响. */
  note: string;
}

/** A date or month deadline. */
export interface DeadlineValue {
  kind: "deadline";
  comparator: "<=" | "=";
  year: number | null;
  month: number;
  /** null = end of month. */
  day: number | null;
  text: string;
  /** Where `year` comes from when no figure writes it: the title's (4月 in a 2021 table), or the year after it said in
   *  words (次年3月; `year` null when the title gives none). */
  yearFrom?: "table" | "next";
  /** A remark after the date (2023年11月（已完成）): not part of the deadline. */
  remark?: Remark;
}

/** A phrase such as 效果明显, 及时, 合规, 达成预期指标. */
export interface QualitativeValue {
  kind: "qualitative";
  text: string;
}

/** A not-applicable mark (/, —, 不适用 ...). */
export interface NotApplicableValue {
  kind: "not-applicable";
  text: string;
}

/** An empty cell. */
export interface EmptyValue {
  kind: "empty";
  text: "";
}

/** Text that cannot be read (error values, a formula without a cached result, digits with no sense). */
export interface UnreadableValue {
  kind: "unreadable";
  text: string;
  /** Why, as a code with its values (the message tables say it in words). */
  reason: ReadFailure;
}

/** Any reading of a cell. */
export type ParsedValue =
  QuantityValue | DeadlineValue | QualitativeValue | NotApplicableValue | EmptyValue | UnreadableValue;

/** What the reader needs to know besides the cell itself. */
export interface ParseContext {
  /** Number format code of the cell ("0.00%" makes 0.95 a percent; a date format makes a serial a date). */
  numFmt?: string | null;
  /** Text of the row's unit column (度量单位), applied when the cell has no unit of its own. */
  unitColumn?: string | null;
  /** Text of the row's 指标性质 / 指标方向 column (≥, 大于等于, 定性 ...). */
  comparatorColumn?: string | null;
  /** The table's year (from a title like （2021年度）), for months without a year. */
  tableYear?: number | null;
  /** The row is a 时效指标: a bare `2023年12月` is then a deadline. */
  timeliness?: boolean;
  /** The cell is an Excel error value. */
  isError?: boolean;
  /** Not-applicable markers from the profile (whole-cell matches). */
  notApplicableMarkers?: readonly string[];
}
