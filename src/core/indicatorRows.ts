// A reported table's indicators by their 1-based sheet row, indexed on first use (a long table has thousands).
import type { TableReport } from "./report";

/** One indicator row as reported. */
type Indicator = TableReport["indicators"][number];

/** A table's indicators by row. */
export class IndicatorRows {
  private byRow: Map<number, Indicator> | null = null;

  constructor(private readonly table: TableReport) {}

  /** The indicator on 1-based sheet row `row`, if the table has one there. */
  at(row: number): Indicator | undefined {
    this.byRow ??= new Map(this.table.indicators.map((i) => [i.row, i]));
    return this.byRow.get(row);
  }
}
