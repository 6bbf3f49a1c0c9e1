// A one-line summary of a reading, so the expectations below stay readable: ">=15篇", "1000人次~+", "D<=2021-12".
import type { ParsedValue } from "../../../src/core/parse/types";

const remark = (p: { remark?: { note: string } }) => (p.remark ? ` (+${p.remark.note})` : "");

/** The side an approximation leans to: 1000多 over (+), 近千人 under (-). */
const LEAN: Record<string, string> = { over: "+", under: "-", "": "" };

/** Summarises a reading: quantity `cmp value[-high] unit [~ approximate][+/- lean]`, deadline `D cmp year-month[-day]`; a remark as ` (+note)`. */
export function summary(p: ParsedValue): string {
  switch (p.kind) {
    case "quantity":
      return `${p.comparator ?? ""}${p.value}${p.high !== null ? "-" + p.high : ""}${p.unit?.text ?? ""}${p.approximate ? "~" : ""}${LEAN[p.lean ?? ""]}${remark(p)}`;
    case "deadline":
      return `D${p.comparator}${p.year ?? "?"}-${p.month}${p.day !== null ? "-" + p.day : ""}${remark(p)}`;
    case "qualitative":
      return `Q:${p.text}`;
    case "not-applicable":
      return "NA";
    case "empty":
      return "EMPTY";
    case "unreadable":
      return "X";
  }
}
