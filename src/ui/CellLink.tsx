// A cell address drawn as a link: a click selects the cell in Excel or highlights it in the page's preview.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "./i18n";

const useStyles = makeStyles({
  cell: {
    display: "inline",
    padding: 0,
    margin: 0,
    border: "none",
    background: "none",
    fontFamily: "inherit",
    fontSize: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** The address `cell` as a button that calls `onSelect`; `testId` names it for tests. */
export function CellLink(props: { cell: string; onSelect: () => void; testId?: string }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  return (
    <button
      type="button"
      className={styles.cell}
      title={tr("selectCellLabel", { cell: props.cell })}
      data-testid={props.testId}
      onClick={props.onSelect}
    >
      {props.cell}
    </button>
  );
}
