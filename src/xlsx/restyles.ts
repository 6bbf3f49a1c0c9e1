// The style changes of one sheet's written cells as functions of the cell's current style, one per distinct change.
import type { StyleEditor } from "./styleEditor";

/** A cell's new style index from its current one. */
type Restyle = (current: number) => number;

/** The restyle of a cell that takes a number format, a mark's fill, or an earlier mark's fill off: one function
 *  per distinct change, shared by the cells that make it. */
export class Restyles {
  /** By number format, then fill: the restyle without and with taking an old fill off (no key string per cell). */
  private readonly known = new Map<string | undefined, Map<string | undefined, Restyle[]>>();

  constructor(private readonly styles: StyleEditor) {}

  /** The restyle that sets `numFmt` and `fill` (each when given), taking an earlier mark's fill off first when
   *  `unmark`; undefined when the cell keeps its style. */
  of(numFmt: string | undefined, fill: string | undefined, unmark: boolean): Restyle | undefined {
    if (numFmt === undefined && fill === undefined && !unmark) return undefined;
    let byFill = this.known.get(numFmt);
    if (!byFill) this.known.set(numFmt, (byFill = new Map()));
    let pair = byFill.get(fill);
    if (!pair) byFill.set(fill, (pair = []));
    const styles = this.styles;
    return (pair[unmark ? 1 : 0] ??= (current: number) =>
      styles.styleFor(unmark ? styles.unmarked(current) : current, numFmt, fill));
  }
}
