// The preview of each scored table as a plain HTML table: written cells green, flagged cells red/amber/blue with
// the note as title; the focused cell (from a clicked finding) is scrolled into view and outlined. Loaded lazily.
import { makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useRef, type ReactNode } from "react";
import { MARK_FILLS } from "../core";
import type { PreviewCell, PreviewTable } from "./previewModel";
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

/** "FFFFC7CE" → "#FFC7CE". */
const css = (argb: string): string => `#${argb.slice(2)}`;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  legend: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  scroller: {
    maxHeight: "70vh",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "#ffffff",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: "collapse", fontSize: "12px", lineHeight: "16px", color: "#242424" },
  caption: {
    captionSide: "top",
    textAlign: "start",
    padding: "4px",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    whiteSpace: "nowrap",
    backgroundColor: "#f0f0f0",
    color: "#424242",
    fontWeight: 400,
    border: "1px solid #d1d1d1",
    padding: "2px 4px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: "#f0f0f0",
    color: "#424242",
    fontWeight: 400,
    border: "1px solid #d1d1d1",
    padding: "2px 4px",
    textAlign: "end",
    whiteSpace: "nowrap",
  },
  cell: {
    border: "1px solid #e0e0e0",
    padding: "2px 4px",
    verticalAlign: "top",
    maxWidth: "180px",
    minWidth: "24px",
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
  },
  written: { backgroundColor: "#E2EFDA", fontWeight: 600 },
  error: { backgroundColor: css(MARK_FILLS.error) },
  warning: { backgroundColor: css(MARK_FILLS.warning) },
  info: { backgroundColor: css(MARK_FILLS.info) },
  focused: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-3px",
    boxShadow: "0 0 0 3px rgba(15,108,189,0.35)",
  },
  hidden: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** One cell of the preview. */
function Cell(props: { cell: PreviewCell; focused: boolean }): ReactNode {
  const styles = useStyles();
  const { cell, focused } = props;
  const classes = [
    styles.cell,
    cell.written && styles.written,
    cell.severity && styles[cell.severity],
    focused && styles.focused,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <td
      className={classes}
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      title={cell.note ?? undefined}
      data-address={cell.address}
      data-written={cell.written ?? undefined}
      data-severity={cell.severity ?? undefined}
      data-focused={focused ? "true" : undefined}
      aria-current={focused ? "true" : undefined}
    >
      {cell.text}
    </td>
  );
}

/** The column letters above the grid. */
function GridHead(props: { columns: PreviewTable["columns"] }): ReactNode {
  const styles = useStyles();
  return (
    <thead>
      <tr>
        <td className={styles.head} />
        {props.columns.map((c) => (
          <th key={c} scope="col" className={styles.head}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One row of the grid: its number and its cells. */
function GridRow(props: { row: PreviewTable["rows"][number]; focused: string | null }): ReactNode {
  const styles = useStyles();
  const { row } = props;
  return (
    <tr>
      <th scope="row" className={styles.rowHead}>
        {row.number}
      </th>
      {row.cells.map((cell) => (
        <Cell key={cell.address} cell={cell} focused={cell.address === props.focused} />
      ))}
    </tr>
  );
}

/** One table's grid inside its own scroll box. */
const TableGrid = memo(function TableGrid(props: { table: PreviewTable; focused: string | null }): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const { table } = props;
  const label = `${table.sheet}!${table.range}`;
  return (
    <div
      className={styles.scroller}
      role="region"
      aria-label={wt("previewCaption", { table: label })}
      tabIndex={0}
      data-testid="preview-scroller"
      data-sheet={table.sheet}
      data-range={table.range}
    >
      <table className={styles.table}>
        <caption className={styles.caption}>{label}</caption>
        <GridHead columns={table.columns} />
        <tbody>
          {table.rows.map((row) => (
            <GridRow key={row.number} row={row} focused={props.focused} />
          ))}
        </tbody>
      </table>
      {(table.hiddenRows > 0 || table.hiddenCols > 0) && (
        <p className={styles.hidden}>{wt("previewHidden", { rows: table.hiddenRows, cols: table.hiddenCols })}</p>
      )}
    </div>
  );
});

/** Previews of the tables of one file. */
export default function PreviewPanel(props: PreviewPanelProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
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
