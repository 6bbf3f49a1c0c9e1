// The context a cell's reading depends on, as one type whose every field the compiler makes the memo keys use: a new
// field added to ReadingContext fails to compile until the field lists below name it.
import type { ParseContext } from "./types";

/** Everything besides the cell's own value (and the profile's markers) that decides how it is read. */
export interface ReadingContext {
  numFmt: string | null;
  unitColumn: string | null;
  comparatorColumn: string | null;
  tableYear: number | null;
  timeliness: boolean;
}

/** One entry per field: a Record over the type's keys, so a field missing here is a compile error. */
const FIELDS_OF_READING: { [K in keyof ReadingContext]: 0 } = {
  numFmt: 0,
  unitColumn: 0,
  comparatorColumn: 0,
  tableYear: 0,
  timeliness: 0,
};
const READING_FIELDS = Object.keys(FIELDS_OF_READING) as (keyof ReadingContext)[];

/** The fields that decide how a text reads (a number format only matters for typed numbers). */
export type TextContext = Omit<ReadingContext, "numFmt">;
const TEXT_FIELDS = READING_FIELDS.filter((k): k is keyof TextContext => k !== "numFmt");

/** Whether two contexts read a cell the same way (every field compared). */
export function sameReading(a: ReadingContext, b: ReadingContext): boolean {
  for (const k of READING_FIELDS) if (a[k] !== b[k]) return false;
  return true;
}

/** Whether two contexts read a text the same way. */
export function sameTextReading(a: TextContext, b: TextContext): boolean {
  for (const k of TEXT_FIELDS) if (a[k] !== b[k]) return false;
  return true;
}

/** The text-reading part of a parse context, absent fields as null / false. */
export function textContextOf(ctx: ParseContext): TextContext {
  return {
    unitColumn: ctx.unitColumn ?? null,
    comparatorColumn: ctx.comparatorColumn ?? null,
    tableYear: ctx.tableYear ?? null,
    timeliness: ctx.timeliness === true,
  };
}
