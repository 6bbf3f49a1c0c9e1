// Reads target and completed-value cells through the value reader, with a per-run memo per reading context.
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { sameReading, type ReadingContext } from "../parse/readingContext";
import type { ParseContext, ParsedValue } from "../parse/types";
import type { Profile } from "../profile";
import type { CellRef, IndicatorInput } from "../tables/readTable";

/** The readings of one context, by cell value. */
interface ContextMemo {
  context: ReadingContext;
  values: Map<string | number, ParsedValue>;
}

const MAX_CONTEXTS = 64;

/** The memos of a run: the last one used first (rows repeat their context), then the others. */
class ContextMemos {
  private readonly memos: ContextMemo[] = [];
  private last: ContextMemo | null = null;

  /** The memo of a context, made on first use (at most MAX_CONTEXTS are kept). */
  of(context: ReadingContext): ContextMemo {
    if (this.last && sameReading(this.last.context, context)) return this.last;
    let m: ContextMemo | undefined;
    // a loop, not find(): a callback would capture the context and cost an allocation on every call
    for (const c of this.memos) {
      if (sameReading(c.context, context)) {
        m = c;
        break;
      }
    }
    if (!m) {
      m = { context, values: new Map() };
      if (this.memos.length < MAX_CONTEXTS) this.memos.push(m);
    }
    return (this.last = m);
  }
}

/** How one cell is read: its reading context (the memo's key) with the cell's error flag and the profile's marks. */
type CellContext = ReadingContext & Pick<ParseContext, "isError" | "notApplicableMarkers">;

/** The context a row's target or completed value is read in: one literal, never a spread given more fields (in
 *  Node 20's V8 such an object outlives the young generation's collections; docs/DECISIONS.md). */
function contextOf(
  ref: CellRef,
  row: IndicatorInput,
  side: "target" | "actual",
  tableYear: number | null,
  notApplicableMarkers: readonly string[],
): CellContext {
  // the completed value's own unit column (实际完成值 over 值 | 单位) applies to it; else the shared one
  const unitColumn = side === "actual" && row.actualUnitText !== null ? row.actualUnitText : row.unitText;
  return {
    numFmt: ref.numFmt,
    unitColumn,
    comparatorColumn: row.comparatorText,
    tableYear,
    timeliness: row.level2.includes("时效"),
    isError: ref.isError,
    notApplicableMarkers,
  };
}

/** The reader of a run's cells (makeCellReader). */
export type CellReader = (ref: CellRef | null, row: IndicatorInput, side: "target" | "actual") => ParsedValue;

/** A piece of a row's target or completed-value cell (one clause of it) read as that cell is read: its unit column,
 *  number format and the row's context (a 时效 row). */
export function readPiece(read: CellReader, row: IndicatorInput, side: "target" | "actual", text: string): ParsedValue {
  const ref = side === "target" ? row.target : row.actual;
  return read(ref && Object.assign({}, ref, { value: text }), row, side);
}

/** A memoised cell reader for one run. */
export function makeCellReader(profile: Profile, tableYear: number | null): CellReader {
  const memos = new ContextMemos();
  const markers = profile.notApplicable.markers;
  return (ref, row, side) => {
    if (!ref) return { kind: "empty", text: "" };
    if (ref.formula && (ref.value === null || ref.value === ""))
      return { kind: "unreadable", text: "=" + ref.formula, reason: { code: "FORMULA_NO_RESULT" } };
    const v = ref.value;
    const context = contextOf(ref, row, side, tableYear, markers);
    const memo = !ref.isError && (typeof v === "string" || typeof v === "number") ? memos.of(context).values : null;
    let p = memo?.get(v as string | number);
    if (!p) {
      p = parseValue(v, context);
      memo?.set(v as string | number, p);
    }
    return side === "target" ? capOrFloor(p, context) : p;
  };
}

/** A cap or a floor written after a target's figure (500人为上限, 以500人为限, 10件封顶, 以1000人次为下限, 5次保底).
 *  Only in a target: completed, 3栋封顶 is a building topped out, and so is a count of buildings (套, 栋 …) before 封顶
 *  in a target. */
const CAP_OR_FLOOR = /^以?(.+?)(为限|为?(?:上限|封顶|下限|保底))$/;
const BUILDINGS = /[套栋幢座层间]$/;

/** The target `p` read as ≤ or ≥ its figure when the words after the figure say a cap or a floor; else `p`. */
function capOrFloor(p: ParsedValue, context: ParseContext): ParsedValue {
  if ((p.kind !== "quantity" && p.kind !== "qualitative") || !/[限顶底]\s*$/.test(p.text)) return p;
  const m = CAP_OR_FLOOR.exec(normalizeValueText(p.text));
  const head = m ? parseValue(m[1], context) : null;
  if (!m || head?.kind !== "quantity" || head.comparator !== null || head.high !== null || head.remark) return p;
  const unit = head.unitSource === "text" && head.unit ? head.unit.text : "";
  if (!m[1].endsWith(unit) || (m[2].endsWith("封顶") && BUILDINGS.test(unit))) return p;
  const comparator = /下限|保底/.test(m[2]) ? ">=" : "<=";
  return Object.assign({}, head, { text: p.text, comparator, comparatorSource: "suffix" as const });
}
