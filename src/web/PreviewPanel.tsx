// The preview of each scored table as a plain HTML table: written cells green, flagged cells red/amber/blue with
// the note as title; the focused cell (from a clicked finding) is scrolled into view and outlined. Loaded lazily.
import { useEffect, useRef, type ReactNode } from "react";
import type { PreviewTable } from "./previewModel";
import { TableGrid } from "./PreviewGrid";
import { usePreviewStyles } from "./previewStyles";
import { useWebT } from "./webStrings";

/** A cell to bring into view; `nonce` changes on every click so the same cell can be focused again. */
export interface PreviewFocus {
  sheet: string;
  address: string;
  nonce: number;
}

/** Props of PreviewPanel. */
export interface PreviewPanelProps {
  tables: readonly PreviewTable[];
  focus: PreviewFocus | null;
}

/** Previews of the tables of one file. */
export default function PreviewPanel(props: PreviewPanelProps): ReactNode {
  const wt = useWebT();
  const styles = usePreviewStyles();
  const root = useRef<HTMLElement>(null);
  const { focus, tables } = props;
  useEffect(() => {
    if (!focus || !root.current) return;
    const boxes = Array.from(root.current.querySelectorAll<HTMLElement>("[data-testid='preview-scroller']"));
    for (const box of boxes) {
      if (box.dataset.sheet !== focus.sheet) continue;
      const td = box.querySelector<HTMLElement>(`td[data-address="${focus.address}"]`);
      if (!td) continue;
      td.scrollIntoView({ block: "center", inline: "center", behavior: "auto" });
      return;
    }
  }, [focus]);
  return (
    <section ref={root} className={styles.root} aria-labelledby="web-preview-heading" data-testid="preview">
      <h2 id="web-preview-heading" className={styles.heading}>
        {wt("previewTitle")}
      </h2>
      <p className={styles.legend}>{wt("previewLegend")}</p>
      {tables.length === 0 && <p className={styles.legend}>{wt("previewNone")}</p>}
      {tables.map((table) => (
        <TableGrid
          key={`${table.sheet}!${table.range}`}
          table={table}
          focused={focus && focus.sheet === table.sheet ? focus.address : null}
        />
      ))}
    </section>
  );
}
