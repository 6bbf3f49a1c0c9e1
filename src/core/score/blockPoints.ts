// Points printed in a level label (产出指标（60分）, 数量指标（20分）) over rows whose 分值 cells add up to something else:
// the 分值 column decides (docs/DECISIONS.md), and BLOCK_POINTS_DIFFER on the label's cell says the two disagree; also
// a block's points in a 分值 column of its own (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值), said on their cell.
import { cellAt } from "../grid";
import type { TableLayout } from "../tables/layout";
import type { MergeIndex } from "../tables/merges";
import { splitLevel1, type IndicatorInput } from "../tables/readTable";
import { cellText } from "../text";
import type { FindingSink } from "./findingSink";
import { fromHundredths } from "./rounding";

/** Consecutive rows under one level-1 or level-2 label: its points, the first row, its rows' weights in hundredths. */
interface Block {
  name: string;
  points: number | null;
  row: number;
  sum: number;
  rows: number;
  /** False once a row of the block has no weight (WEIGHT_MISSING says that one). */
  complete: boolean;
}

/** Compares each level label's printed points with the sum of its rows' 分值, in sheet order. */
export class BlockPoints {
  private readonly open: (Block | null)[] = [null, null];

  constructor(
    private readonly t: TableLayout,
    private readonly merges: MergeIndex,
    private readonly sink: FindingSink,
  ) {}

  /** Adds one indicator row with its weight in points (null when it has none). */
  row(input: IndicatorInput, weight: number | null): void {
    const w = weight === null ? null : Math.round(weight * 100);
    // a new level-1 block closes the level-2 block too, even when the next one has the same name
    if (this.step(0, input.level1, input.level1Points, input.row, w)) this.close(1);
    this.step(1, input.level2, input.level2Points, input.row, w);
  }

  /** Closes the last blocks (after the last row). */
  finish(): void {
    this.close(1);
    this.close(0);
  }

  /** Adds the row to the open block of `level`; true when it starts a new one. */
  private step(level: 0 | 1, name: string, points: number | null, row: number, w: number | null): boolean {
    let b = this.open[level];
    const fresh = !b || b.name !== name || b.points !== points;
    if (fresh) {
      this.close(level);
      b = this.open[level] = { name, points, row, sum: 0, rows: 0, complete: true };
    }
    b!.rows++;
    if (w === null) b!.complete = false;
    else b!.sum += w;
    return fresh;
  }

  private close(level: 0 | 1): void {
    const b = this.open[level];
    this.open[level] = null;
    const col = level === 0 ? this.t.columns.level1 : this.t.columns.level2;
    if (!b || b.points === null || !b.complete || col === undefined || b.sum === Math.round(b.points * 100)) return;
    const at = this.merges.anchor(b.row, col);
    const label = cellText(cellAt(this.t.sheet, at.row, at.col)).replace(/\s+/g, "");
    // points in the block's own 分值 column (一级指标 | 分值) are said on their cell
    const pointsCol = level === 0 ? this.t.columns.level1Points : this.t.columns.level2Points;
    const where =
      pointsCol === undefined || splitLevel1(label).points !== null ? at : this.merges.anchor(b.row, pointsCol);
    this.sink.add("BLOCK_POINTS_DIFFER", where, {
      label,
      points: b.points,
      weights: fromHundredths(b.sum),
      rows: b.rows,
    });
  }
}
