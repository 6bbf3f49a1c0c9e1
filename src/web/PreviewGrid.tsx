// One previewed table as a plain HTML table in its own scroll box: column letters, row numbers, and the cells with
// what the run wrote and flagged.
import { memo, type ReactNode } from "react";
import type { PreviewCell, PreviewTable } from "./previewModel";
import { usePreviewStyles } from "./previewStyles";
import { useWebT } from "./webStrings";

/** One cell of the preview. */
function Cell(props: { cell: PreviewCell; focused: boolean }): ReactNode {
  const styles = usePreviewStyles();
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
  const styles = usePreviewStyles();
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
  const styles = usePreviewStyles();
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
export const TableGrid = memo(function TableGrid(props: { table: PreviewTable; focused: string | null }): ReactNode {
  const wt = useWebT();
  const styles = usePreviewStyles();
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
