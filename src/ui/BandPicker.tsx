// Spec §3: the rows the rules cannot put in a band wait for a person, and the pane offers the three bands. One line
// per row (its cell, name and completed value) with a button per band showing the score it gives; a click re-scores
// with that band (the host writes the score into the row's 得分 cell, undoable like any run).
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { BandPick, WaitingRow } from "../core";
import { BANDS, fmtNumber, pickFor } from "../core";
import { CellLink } from "./CellLink";
import { useT } from "./i18n";

/** What the band buttons need: the waiting rows, what a click does, and whether a run is going on. */
export interface BandChoices {
  rows: WaitingRow[];
  onPick: (pick: BandPick) => void;
  /** A run is going on: the buttons wait. */
  busy: boolean;
  /** In Excel a pick writes into the open workbook (undoable); on the page into the copy to download. */
  where: "excel" | "page";
}

/** Props of BandPicker. */
export interface BandPickerProps extends BandChoices {
  onSelect: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "10px" },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  bands: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Characters of a completed value shown before it is cut (the finding and the cell hold the whole text). */
const SHOWN_CHARS = 40;

/** `text` cut to SHOWN_CHARS characters, with an ellipsis when cut. */
function shortText(text: string): string {
  const chars = Array.from(text);
  return chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS).join("")}…` : text;
}

/** One waiting row: its cell (selects it), name, completed value, what it counts now, and the three band buttons. */
function WaitingLine(props: { row: WaitingRow } & Pick<BandPickerProps, "onPick" | "busy" | "onSelect">): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { row } = props;
  const current = row.band;
  return (
    <li className={styles.row} data-testid="waiting-row">
      <Text size={300}>
        <CellLink cell={row.cell} onSelect={() => props.onSelect(row.sheet, row.cell)} />{" "}
        {tr("waitingRow", { name: row.name, actual: shortText(row.actual) })}
        {row.counted !== null && ` ${tr("waitingCounted", { score: fmtNumber(row.counted) })}`}
      </Text>
      <div className={styles.bands} role="group" aria-label={tr("bandsFor", { name: row.name })}>
        {BANDS.map((b) => (
          <Button
            key={b}
            size="small"
            appearance={current === b ? "primary" : "secondary"}
            aria-pressed={current === b}
            disabled={props.busy}
            onClick={() => props.onPick(pickFor(row, b))}
          >
            {tr("bandButton", { band: tr(`band.${b}`), score: fmtNumber(row.bands[b]) })}
          </Button>
        ))}
      </div>
    </li>
  );
}

/** The rows waiting for a person with their band buttons; nothing when there are none. */
export function BandPicker(props: BandPickerProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  if (props.rows.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="band-picker-title" data-testid="band-picker">
      <h2 id="band-picker-title" className={styles.heading}>
        {tr("bandsTitle", { n: props.rows.length })}
      </h2>
      <p className={styles.hint}>{tr(props.where === "excel" ? "bandsHint" : "bandsHintPage")}</p>
      <ul className={styles.list}>
        {props.rows.map((row) => (
          <WaitingLine
            key={`${row.sheet}|${row.row}`}
            row={row}
            onPick={props.onPick}
            busy={props.busy}
            onSelect={props.onSelect}
          />
        ))}
      </ul>
    </section>
  );
}
