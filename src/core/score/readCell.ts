// Reads target and completed-value cells through the value reader, with a per-run memo.
import { parseValue } from "../parse/parseValue";
import type { ParseContext, ParsedValue } from "../parse/types";
import type { Profile } from "../profile";
import type { CellRef, IndicatorInput } from "../tables/readTable";

/** Everything besides the cell value that the value reader looks at; one memo per distinct context. */
interface ContextMemo {
  numFmt: string | null;
  unitText: string | null;
  comparatorText: string | null;
  timeliness: boolean;
  values: Map<string | number, ParsedValue>;
}

/** Whether a memo was made for this reading context. */
function sameContext(m: ContextMemo, numFmt: string | null, unitText: string | null, comparatorText: string | null, timeliness: boolean): boolean {
  return m.numFmt === numFmt && m.unitText === unitText && m.comparatorText === comparatorText && m.timeliness === timeliness;
}

/** A memoised cell reader for one run. */
export function makeCellReader(profile: Profile, tableYear: number | null): (ref: CellRef | null, row: IndicatorInput, side: "target" | "actual") => ParsedValue {
  const contexts: ContextMemo[] = [];
  let last: ContextMemo | null = null;
  const markers = profile.notApplicable.markers;
  const memoFor = (numFmt: string | null, unitText: string | null, comparatorText: string | null, timeliness: boolean): ContextMemo => {
    if (last && sameContext(last, numFmt, unitText, comparatorText, timeliness)) return last;
    let m: ContextMemo | undefined;
    // a loop, not find(): a callback would capture the arguments and cost an allocation on every call
    for (const c of contexts) {
      if (sameContext(c, numFmt, unitText, comparatorText, timeliness)) {
        m = c;
        break;
      }
    }
    if (!m) {
      m = { numFmt, unitText, comparatorText, timeliness, values: new Map() };
      if (contexts.length < 64) contexts.push(m);
    }
    last = m;
    return m;
  };
  return (ref, row, side) => {
    if (!ref) return { kind: "empty", text: "" };
    if (ref.formula && (ref.value === null || ref.value === "")) {
      return { kind: "unreadable", text: "=" + ref.formula, reason: { code: "FORMULA_NO_RESULT" } };
    }
    const v = ref.value;
    const timeliness = row.level2.includes("时效");
    // the completed value's own unit column (实际完成值 over 值 | 单位) applies to it; else the shared one
    const unitText = side === "actual" && row.actualUnitText !== null ? row.actualUnitText : row.unitText;
    const memoable = !ref.isError && (typeof v === "string" || typeof v === "number");
    const memo = memoable ? memoFor(ref.numFmt, unitText, row.comparatorText, timeliness).values : null;
    const hit = memo?.get(v as string | number);
    if (hit) return hit;
    const ctx: ParseContext = {
      numFmt: ref.numFmt,
      unitColumn: unitText,
      comparatorColumn: row.comparatorText,
      tableYear,
      timeliness,
      isError: ref.isError,
      notApplicableMarkers: markers,
    };
    const p = parseValue(v, ctx);
    memo?.set(v as string | number, p);
    return p;
  };
}
