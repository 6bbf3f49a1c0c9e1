// What a run adds up from its files: a few counters, whatever the number of files (the aggregates are src/reports).
import type { FileAggregate } from "../reports/aggregate";

export type { FileAggregate, TableAggregate, ProblemAggregate } from "../reports/aggregate";
export { aggregateOf } from "../reports/aggregate";

/** What a run adds up from its files (kept whatever the number of files: a few counters). */
export class RunTally {
  files = 0;
  failed = 0;
  tables = 0;
  scored = 0;

  /** Counts one file. */
  add(file: FileAggregate): void {
    this.files++;
    if (file.failed) this.failed++;
    this.tables += file.tables.length;
    this.scored += file.tables.filter((t) => t.total !== null).length;
  }
}
