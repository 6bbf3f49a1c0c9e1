// The style changes of one sheet's written cells as functions of the cell's current style, one per distinct change.
import type { StyleEditor } from "./styleEditor";

/** The restyle of a cell that takes a number format, a mark's fill, or an earlier mark's fill off: one function
 *  per distinct change, shared by the cells that make it. */
export class Restyles {
  private readonly known = new Map<string, (current: number) => number>();

  constructor(private readonly styles: StyleEditor) {}

  /** The restyle that sets `numFmt` and `fill` (each when given), taking an earlier mark's fill off first when
   *  `unmark`; undefined when the cell keeps its style. */
  of(numFmt: string | undefined, fill: string | undefined, unmark: boolean): ((current: number) => number) | undefined {
    if (numFmt === undefined && fill === undefined && !unmark) return undefined;
    const key = `${numFmt ?? "\u0000"}|${fill ?? ""}|${unmark}`;
    let restyle = this.known.get(key);
    if (!restyle) {
      const styles = this.styles;
      restyle = (current: number) => styles.styleFor(unmark ? styles.unmarked(current) : current, numFmt, fill);
      this.known.set(key, restyle);
    }
    return restyle;
  }
}
