// A word target that holds a figure (完成3个村的道路硬化) answered with a smaller one in its unit (完成2个村道路硬化): the
// words gave 达成 by 完成, full marks and nothing said. The figures are compared instead (2 of 3), said as a review.
// Only a shortfall moves the row: figures that meet the target's leave it to the words as before.
import { inferTargetDirection } from "../direction";
import type { ParsedValue, QuantityValue } from "../parse/types";
import { toBase } from "../parse/units";
import type { Profile } from "../profile";
import type { IndicatorInput } from "../tables/readTable";
import { figuresInTargetUnit, readWords, type FigureInUnit } from "./figureInUnit";

/** Unit families a word target's figure is compared in (a month in words is a date more often than a span). */
const COMPARED: ReadonlySet<string> = new Set([
  "count",
  "money",
  "percent",
  "area",
  "length",
  "mass",
  "volume",
  "energy",
  "sound",
]);

/** The first of a word target's figures (at most three, each in a compared family) that the completed text's one
 *  figure in its unit falls short of, by the direction the row's names give, with that figure (`short`); else the
 *  first such figure it meets; null when no figure of the target has one in its unit in the completed text. */
export function wordTargetFigure(
  row: IndicatorInput,
  t: ParsedValue,
  actual: string,
  profile: Profile,
): { asked: QuantityValue; found: FigureInUnit; short: boolean } | null {
  if (t.kind !== "qualitative") return null;
  const asked = targetFigures(t.text);
  if (asked.length === 0) return null;
  const words = readWords(actual, true);
  let met: { asked: QuantityValue; found: FigureInUnit; short: boolean } | null = null;
  for (const a of asked) {
    const inUnit = figuresInTargetUnit(words, a);
    if (inUnit?.kind !== "one") continue;
    const found = inUnit.found;
    const d = inferTargetDirection(row.level2, row.level3, a.value, profile);
    const [want, got] = [toBase(a.value, a.unit), toBase(found.value.value, found.value.unit)];
    if (d.comparator === ">=" ? got < want : got > want) return { asked: a, found, short: true };
    met ??= { asked: a, found, short: false };
  }
  return met;
}

/** The figures with their own unit a target's words hold (3个 and 5公里 in 完成3个村的道路硬化（共5公里）), in a compared
 *  family; none when there are more than three. */
function targetFigures(text: string): QuantityValue[] {
  const { s, figures } = readWords(text, true);
  if (!figures || figures.length > MAX_ASKED) return [];
  // a figure run on from a letter or a point (M.8万元) is a broken one: the target is what cannot be read
  if (figures.some((f) => BROKEN_BEFORE.test(s[f.at - 1] ?? ""))) return [];
  const values = figures.map((f) => f.value);
  return values.filter((v) => v.unit !== null && COMPARED.has(v.unit.family) && v.high === null);
}

/** What before a figure's first digit makes it part of a broken one. */
const BROKEN_BEFORE = /[A-Za-z.]/;

/** The most figures a word target may hold to be compared one by one. */
const MAX_ASKED = 3;
