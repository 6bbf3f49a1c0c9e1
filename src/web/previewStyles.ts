// The styles of the table preview: its scroll boxes, headers, cells and their fills (the workbook's mark colours).
import { makeStyles, tokens } from "@fluentui/react-components";
import { MARK_FILLS } from "../core";

/** "FFFFC7CE" → "#FFC7CE". */
const css = (argb: string): string => `#${argb.slice(2)}`;

/** The preview's classes (one set, so that the cell fills keep their order: written, then the severities). */
export const usePreviewStyles = makeStyles({
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
