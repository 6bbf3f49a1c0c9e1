// Collects a table's findings while it is scored: a code, the cell concerned and the values of its message, each in
// an explicit phase; the report lists them by phase (in the order found within one), sorted once at the end.
import { a1 } from "../grid";
import type { FindingParams, Issue } from "../messages/params";
import type { FindingCode } from "../report";

/** The phases of scoring a table, in the order their findings are listed. */
export enum Phase {
  Layout,
  Rows,
  Targets,
  Table,
  Existing,
  Merges,
}

/** A cell of the sheet (0-based). */
export interface CellAt {
  row: number;
  col: number;
}

/** Findings with each one's sheet row and column beside it (-1 for a table-level finding), and a second cell a
 *  finding marks when it asks for something to be written there (the empty reason cell of an over-achieved row). */
export interface IssueList {
  issues: Issue[];
  rows: number[];
  cols: number[];
  also: (CellAt | null)[];
}

/** The cell of a row's reference, or null for a row without one (where a finding is put). */
export function cellAt(ref: { row: number; col: number } | null): CellAt | null {
  return ref ? { row: ref.row, col: ref.col } : null;
}

const emptyList = (): IssueList => ({ issues: [], rows: [], cols: [], also: [] });

/** All findings of one table, by phase, and the codes found on each indicator row. */
export class TableFindings {
  private readonly phases: IssueList[] = [];
  private readonly byRow: RowCodes;

  /** Findings of a table whose rows start at sheet row `firstRow` (row codes are kept in an array from there). */
  constructor(firstRow: number) {
    this.byRow = new RowCodes(firstRow);
  }

  /** A sink adding findings in `phase`. */
  sink(phase: Phase): FindingSink {
    return new FindingSink((this.phases[phase] ??= emptyList()), this.byRow);
  }

  /** The findings in report order: by phase, then in the order found. */
  sorted(): IssueList {
    const used = this.phases.filter((p) => p !== undefined && p.issues.length > 0);
    if (used.length <= 1) return used[0] ?? emptyList();
    return {
      issues: ([] as Issue[]).concat(...used.map((p) => p.issues)),
      rows: ([] as number[]).concat(...used.map((p) => p.rows)),
      cols: ([] as number[]).concat(...used.map((p) => p.cols)),
      also: ([] as (CellAt | null)[]).concat(...used.map((p) => p.also)),
    };
  }

  /** The codes found on one indicator row, in the order found, without repeats. */
  codesOfRow(row: number): FindingCode[] {
    return this.byRow.get(row) ?? [];
  }
}

/** Adds findings of one phase of a table (a sink of its own collects findings that are not shown: a probe). */
export class FindingSink {
  constructor(
    private readonly list: IssueList = emptyList(),
    private readonly byRow: RowCodes = new RowCodes(0),
  ) {}

  /** Adds a finding of `code` with its values on a cell (or the table when `at` is null); `also` is a second cell
   *  to mark with it (where the user must write: an empty reason cell). */
  add<C extends FindingCode>(
    code: C,
    at: CellAt | null,
    params: FindingParams[C],
    indicatorRow: number | null = null,
    also: CellAt | null = null,
  ): void {
    this.list.issues.push({ code, cell: at ? a1(at.row, at.col) : null, params } as Issue);
    this.list.rows.push(at ? at.row : -1);
    this.list.cols.push(at ? at.col : -1);
    this.list.also.push(also);
    if (indicatorRow !== null) this.byRow.add(indicatorRow, code);
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
