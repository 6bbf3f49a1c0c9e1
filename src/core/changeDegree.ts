// A word target asking for a change (有效提升, 明显改善, 逐步增强) answered with a change of the same kind in words: the
// same way with a degree (大幅提升, 有较大提高, 得到改善, 略有提高), or the other way (恶化, 有所下降). The spec's bands know
// 有所提升 and 明显 but not the rest (docs/DECISIONS.md, "A change in words").
import { isAsked } from "./negation";
import { compactText } from "./text";

/** Change words in kinds, each a pair of ways: up and down, better and worse, stronger and weaker. */
const KINDS: readonly (readonly [up: readonly string[], down: readonly string[]])[] = [
  [
    ["提升", "提高", "增长", "增加", "上升"],
    ["下降", "降低", "减少", "下滑"],
  ],
  [
    ["改善", "好转", "改观", "优化"],
    ["恶化", "变差", "退化"],
  ],
  [
    ["增强", "加强"],
    ["减弱", "削弱", "弱化"],
  ],
];
/** A degree that says much (大幅提升, 有较大提高, 显著改善) or little (略有提高, 小幅上升; 逐步, as 逐步提高 is in the
 *  spec's 部分达成 words) before the change word. */
const MUCH = /大幅|大大|极大|显著|明显|较大|很大|长足|有效|全面/;
const LITTLE = /略|稍|小幅|一定程度|有所|逐步/;
/** A degree a target asks for that a plain change does not show (明显改善, 显著提高, 有效提升). */
const ASKS_MUCH = /明显|显著|大幅|较大|大大|有效/;
/** A negation in the words before the change word (未得到改善, 没有明显提升); not 不断 or 不停 (on and on). */
const NEGATION = /[未没无]|不(?![断停])/;
/** Longest completed value and target read here: a change said in a few words. */
const MAX_ACTUAL = 16;
const MAX_TARGET = 10;

/** A change word that ends `s` (了 or 。 may follow): its kind, its way (+1 or -1), and the words before it. */
function changeAtEnd(s: string): { kind: number; way: 1 | -1; before: string } | null {
  const t = s.replace(/[了。.!！]+$/, "");
  for (let kind = 0; kind < KINDS.length; kind++)
    for (const [way, words] of [[1, KINDS[kind][0]] as const, [-1, KINDS[kind][1]] as const])
      for (const w of words) if (t.endsWith(w)) return { kind, way, before: t.slice(0, t.length - w.length) };
  return null;
}

/** The band of a change in words against a target asking one of the same kind: the other way 未达成, the same way 达成
 *  with a degree of much, 部分达成 with a degree of little, 达成 plainly unless the target asks for much (then a person
 *  weighs it); negated the same way 未达成. Null for other texts, and for a change planned (将有效提升). */
export function changeDegreeBand(actual: string, target: string): 0 | 1 | 2 | null {
  const t = compactText(target);
  const s = compactText(actual);
  if (t.length > MAX_TARGET || s.length > MAX_ACTUAL || /\d/.test(s) || /\d/.test(t)) return null;
  const asked = changeAtEnd(t);
  const said = asked && !NEGATION.test(asked.before) ? changeAtEnd(s) : null;
  // planned or about to be (将有效提升, 预计明显改善): no change said
  if (!asked || !said || said.kind !== asked.kind || isAsked(s, said.before.length)) return null;
  if (NEGATION.test(said.before)) return said.way === asked.way ? 2 : null;
  if (said.way !== asked.way) return 2;
  if (LITTLE.test(said.before)) return 1;
  if (MUCH.test(said.before)) return 0;
  return ASKS_MUCH.test(asked.before) ? null : 0;
}
