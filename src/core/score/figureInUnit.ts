// A completed text whose figure, as read, does not answer its number target (完成900人，占比80% against ≥90%; 共计完成
// 5批次800人 against ≥1000人): the one figure in it written in the target's unit, when there is exactly one. Words
// gave such rows full marks by 完成, whatever the figure said.
import { normalizeValueText } from "../parse/normalize";
import { parseValue } from "../parse/parseValue";
import { isDigitAt } from "../parse/quantity";
import { NEGATED_PHRASE, negatedWithin, undoneAfter } from "../parse/remark";
import type { QuantityValue } from "../parse/types";
import { sameFamily } from "../parse/units";

/** Texts longer than this are not searched (a budget: every figure start tries a few readings). */
const MAX_TEXT = 120;
/** Figures a text may hold, at most, to be searched. */
const MAX_FIGURES = 8;
/** Characters after a figure's digits a unit may take (人次, 万元, 公里, 平方米, 个工作日). */
const MAX_UNIT = 6;

/** 每 and what it counts right before a figure, with an approximation between (每期约, 每户平均). */
const PER_EACH = /每[\u4e00-\u9fff]{1,2}(?:约|近|大约|平均|达)?$/;

/** The figure found, as written, and its reading. */
export interface FigureInUnit {
  figure: string;
  value: QuantityValue;
}

/** What a text holds in the target's unit: one figure, several that differ (10套中的8套: which was reached?), or only
 *  figures said not to be done (尚有10个未完成: `label` the words). */
export type FiguresInUnit =
  | { kind: "one"; found: FigureInUnit }
  | { kind: "several"; figures: string[] }
  | { kind: "undone"; figure: string; label: string };

/** A figure with its own unit and where it starts in its text. */
export type PlacedFigure = FigureInUnit & { at: number };

/** A completed text of words as the figure checks read it: normalised once, its figures in their own unit looked for
 *  once (null when not looked for, or past the budget). */
export interface WordsRead {
  s: string;
  figures: PlacedFigure[] | null;
}

/** `text` normalised, with its figures in their own unit when `look` (a target with a unit to hold them against). */
export function readWords(text: string, look: boolean): WordsRead {
  const s = normalizeValueText(text);
  return { s, figures: look ? unitFiguresIn(s) : null };
}

/** The figures of the words `w` with their own unit of the target's family (and count kind): the only one, several
 *  that differ, or null when there is none (or the text is past the budget). */
export function figuresInTargetUnit(w: WordsRead, t: QuantityValue): FiguresInUnit | null {
  const { s, figures: all } = w;
  if (!all || !t.unit) return null;
  const found: FigureInUnit[] = [];
  let undone: { figure: string; label: string } | null = null;
  let done = 0;
  for (const f of all) {
    if (!f.value.unit || !sameFamily(f.value.unit, t.unit!)) continue;
    const label = undoneAfter(s.slice(f.at + f.figure.length));
    if (label) undone ??= { figure: f.figure, label };
    else done++;
    if (!found.some((g) => g.value.value === f.value.value && g.value.unit === f.value.unit)) found.push(f);
  }
  if (found.length === 0) return null;
  if (undone && done === 0) return { kind: "undone", figure: undone.figure, label: undone.label };
  return found.length === 1
    ? { kind: "one", found: found[0] }
    : { kind: "several", figures: found.map((f) => f.figure) };
}

/** The figures ending in their own unit in normalised text `s`, where they start (not one for each of something:
 *  每期约300人次); null when the text is past the budget. */
function unitFiguresIn(s: string): PlacedFigure[] | null {
  if (s.length > MAX_TEXT) return null;
  const figures: PlacedFigure[] = [];
  let starts = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isDigitAt(s, i) || insideNumber(s, i)) continue;
    if (++starts > MAX_FIGURES) return null;
    // a figure for each one of something (每期约300人次), or in a negated phrase (未在5个工作日内), is no figure reached
    const before = s.slice(Math.max(0, i - 6), i);
    if (PER_EACH.test(before) || NEGATED_PHRASE.test(before)) continue;
    const f = unitFigureAt(s, i);
    // nor a time whose work is said undone after it (5个工作日内未办结)
    if (f && !negatedWithin(s.slice(i + f.figure.length))) figures.push({ figure: f.figure, value: f.value, at: i });
  }
  return figures;
}

/** A letter alone that looks like a digit (l or I for 1, O or o for 0), not after another letter (RMB100, PM2.5). */
const DIGIT_LOOKALIKE = /(?:^|[^A-Za-z])[lIOo]$/;

/** Whether the digit at `i` continues a number (98.5, 1,200) or one typed with a letter for a digit (l00%), not
 *  starts a figure. */
function insideNumber(s: string, i: number): boolean {
  const before = s[i - 1];
  if (DIGIT_LOOKALIKE.test(s.slice(Math.max(0, i - 2), i))) return true;
  return isDigitAt(s, i - 1) || ((before === "." || before === ",") && isDigitAt(s, i - 2));
}

/** The longest reading at `i` that is a figure ending in its own unit (80%, 800人次, 1.2万人次, 1000多人). */
function unitFigureAt(s: string, i: number): FigureInUnit | null {
  let end = i;
  while (end < s.length && (isDigitAt(s, end) || s[end] === "." || s[end] === ",")) end++;
  for (let k = Math.min(MAX_UNIT, s.length - end); k >= 1; k--) {
    const figure = s.slice(i, end + k);
    const v = parseValue(figure);
    // the unit ends the reading (10套, not 10套中的 read with its words dropped)
    if (v.kind === "quantity" && v.unit && v.unitSource === "text" && !v.remark && v.comparator === null)
      if (figure.endsWith(v.unit.text)) return { figure, value: v };
  }
  return null;
}
