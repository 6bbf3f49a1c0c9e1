// Reads target and completed-value cells through the value reader, with a per-run memo.
import { parseValue } from "../parse/parseValue";
import type { ParseContext, ParsedValue } from "../parse/types";
import type { Profile } from "../profile";
import type { CellRef, IndicatorInput } from "../tables/readTable";

/** A memoised cell reader for one run. */
export function makeCellReader(profile: Profile, tableYear: number | null): (ref: CellRef | null, row: IndicatorInput) => ParsedValue {
  const memo = new Map<string, ParsedValue>();
  const markers = profile.notApplicable.markers;
  return (ref, row) => {
    if (!ref) return { kind: "empty", text: "" };
    if (ref.formula && (ref.value === null || ref.value === "")) {
      return { kind: "unreadable", text: "=" + ref.formula, reason: "公式没有计算结果，请在Excel中重新计算并保存" };
    }
    const timeliness = /时效/.test(row.level2);
    const ctx: ParseContext = {
      numFmt: ref.numFmt,
      unitColumn: row.unitText,
      comparatorColumn: row.comparatorText,
      tableYear,
      timeliness,
      isError: ref.isError,
      notApplicableMarkers: markers,
    };
    const v = ref.value;
    if (ref.isError || typeof v !== "string") return parseValue(v, ctx);
    const plain = !ref.numFmt && !row.unitText && !row.comparatorText && !timeliness;
    const key = plain ? v : `${v}\u0001${ref.numFmt ?? ""}\u0001${row.unitText ?? ""}\u0001${row.comparatorText ?? ""}\u0001${timeliness ? 1 : 0}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const p = parseValue(v, ctx);
    memo.set(key, p);
    return p;
  };
}
