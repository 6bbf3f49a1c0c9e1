// A small horizontal bar chart, pure SVG: score against weight per level-1 category and the funding block.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { TableReport } from "../core";
import { useT } from "./i18n";
import { chartRows, formatScore, type ChartRow } from "./reportView";

/** Props of ScoreChart. */
export interface ScoreChartProps {
  table: TableReport;
  /** Shown after the title, e.g. the table's sheet and range when a workbook has several tables. */
  caption?: string;
}

const WIDTH = 300;
const LABEL_WIDTH = 84;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
const LEGEND_HEIGHT = 20;

const useStyles = makeStyles({
  root: { margin: 0, minWidth: 0 },
  caption: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  svg: { display: "block", width: "100%", height: "auto", maxWidth: "480px" },
});

/** Cuts a label to fit the label column. */
function shortLabel(text: string): string {
  return text.length > 6 ? `${text.slice(0, 5)}…` : text;
}

/** The legend: 分值 (grey) and 得分 (brand). */
function ChartLegend(): ReactNode {
  const tr = useT();
  return (
    <>
      <rect x={LABEL_WIDTH} y={4} width={10} height={10} style={{ fill: tokens.colorNeutralStroke2 }} />
      <text x={LABEL_WIDTH + 14} y={13} fontSize={11} style={{ fill: tokens.colorNeutralForeground2 }}>
        {tr("chartWeight")}
      </text>
      <rect x={LABEL_WIDTH + 70} y={4} width={10} height={10} style={{ fill: tokens.colorBrandBackground }} />
      <text x={LABEL_WIDTH + 84} y={13} fontSize={11} style={{ fill: tokens.colorNeutralForeground2 }}>
        {tr("chartScore")}
      </text>
    </>
  );
}

/** One category's row at height `y`: its label, the weight bar, the score bar inside it, and score/weight. */
function ChartBar(props: { row: ChartRow & { name: string }; y: number; scale: (v: number) => number }): ReactNode {
  const { row: r, y, scale } = props;
  const infoText = { fill: tokens.colorNeutralForeground2 };
  return (
    <g data-category={r.name}>
      <text x={0} y={y + BAR_HEIGHT - 2} fontSize={12} style={{ fill: tokens.colorNeutralForeground1 }}>
        {shortLabel(r.name)}
      </text>
      <rect
        data-bar="weight"
        x={LABEL_WIDTH}
        y={y}
        width={scale(r.weight)}
        height={BAR_HEIGHT}
        style={{ fill: tokens.colorNeutralStroke2 }}
      />
      <rect
        data-bar="score"
        x={LABEL_WIDTH}
        y={y + 3}
        width={scale(r.score)}
        height={BAR_HEIGHT - 6}
        style={{ fill: tokens.colorBrandBackground }}
      />
      <text x={WIDTH} y={y + BAR_HEIGHT - 2} fontSize={11} textAnchor="end" style={infoText}>
        {`${formatScore(r.score)}/${formatScore(r.weight)}`}
      </text>
    </g>
  );
}

/** The chart of one table; renders nothing when no row has a weight. */
export default function ScoreChart(props: ScoreChartProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const rows = chartRows(props.table);
  if (rows.length === 0) return null;
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const maxWeight = Math.max(...rows.map((r) => Math.max(r.weight, r.score)), 1);
  const scale = (v: number): number => Math.max(0, (v / maxWeight) * barArea);
  const named = rows.map((r) => ({ ...r, name: r.category ?? tr("chartFunding") }));
  const summary = named
    .map((r) => tr("chartSummary", { name: r.name, score: formatScore(r.score), weight: formatScore(r.weight) }))
    .join("；");
  const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT;
  return (
    <figure className={styles.root}>
      <figcaption className={styles.caption}>
        {props.caption ? `${tr("chartTitle")} · ${props.caption}` : tr("chartTitle")}
      </figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        <title>{summary}</title>
        <ChartLegend />
        {named.map((r, i) => (
          <ChartBar key={r.name} row={r} y={LEGEND_HEIGHT + i * ROW_HEIGHT} scale={scale} />
        ))}
      </svg>
    </figure>
  );
}

export { ScoreChart };
