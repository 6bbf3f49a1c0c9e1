// Collects findings while a table is scored: code, the cell concerned, and the message in the run's language.
import { a1 } from "../grid";
import { FINDING_CATALOGUE } from "../findings";
import type { Finding, FindingCode } from "../report";

/** A message in both languages (the sink keeps only the run's one). */
export interface Text2 {
  zh: string;
  en: string;
}

/** Gathers findings of one table, each made once as the report's object; their cells are kept beside them. */
export class FindingSink {
  /** The findings as reported, in the order found. */
  readonly items: Finding[] = [];
  /** Sheet row and column (0-based) of each finding's cell, -1 for a table-level finding. */
  readonly rows: number[] = [];
  readonly cols: number[] = [];

  /** A sink keeping messages in `lang`; `byRow` is shared by the sinks of one table's phases. */
  constructor(
    private readonly lang: "zh" | "en" = "zh",
    private readonly byRow = new RowCodes(0),
  ) {}

  /** A sink for a table whose rows start at sheet row `firstRow` (row codes are kept in an array from there). */
  static forTable(lang: "zh" | "en", firstRow: number): FindingSink {
    return new FindingSink(lang, new RowCodes(firstRow));
  }

  /** A sink for a later phase of the same table: its findings are listed after this one's; row codes are shared. */
  nextPhase(): FindingSink {
    return new FindingSink(this.lang, this.byRow);
  }

  /** The findings of several phases, in phase order. */
  static join(phases: readonly FindingSink[]): { items: Finding[]; rows: number[]; cols: number[] } {
    const used = phases.filter((p) => p.items.length > 0);
    if (used.length <= 1) return used[0] ?? phases[0];
    const [first, ...rest] = used;
    return {
      items: first.items.concat(...rest.map((p) => p.items)),
      rows: first.rows.concat(...rest.map((p) => p.rows)),
      cols: first.cols.concat(...rest.map((p) => p.cols)),
    };
  }

  /** Adds a finding of `code` on a cell (or the table when `at` is null). */
  add(code: FindingCode, at: { row: number; col: number } | null, text: Text2, indicatorRow: number | null = null): void {
    const message = this.lang === "zh" ? text.zh : text.en;
    this.items.push({ code, severity: FINDING_CATALOGUE[code].severity, cell: at ? a1(at.row, at.col) : null, message });
    this.rows.push(at ? at.row : -1);
    this.cols.push(at ? at.col : -1);
    if (indicatorRow !== null) this.byRow.add(indicatorRow, code);
  }

  /** The codes found on one indicator row, in order, without repeats (the sink's own list: read once, at the end). */
  codesOfRow(row: number): FindingCode[] {
    return this.byRow.get(row) ?? [];
  }
}

/** The codes found on each indicator row, in an array indexed from the table's first row (indicator rows lie below it). */
class RowCodes {
  private readonly slots: (FindingCode[] | undefined)[] = [];

  constructor(private readonly base: number) {}

  get(row: number): FindingCode[] | undefined {
    return this.slots[row - this.base];
  }

  add(row: number, code: FindingCode): void {
    const codes = this.slots[row - this.base];
    if (!codes) this.slots[row - this.base] = [code];
    else if (!codes.includes(code)) codes.push(code);
  }
}
