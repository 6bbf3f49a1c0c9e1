// Words before a comparator name what is counted: 开展培训≥3次, 覆盖≥500户, 培训人数不少于200人. They are taken off and
// the rest read as a quantity (the indicator's own name says the same); a text whose rest is no quantity is read whole.

/** Chinese characters a phrase may hold, at most (a budget, and a bound on what still names one thing). */
const MAX_PHRASE = 8;

function isHan(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The text after a phrase of Chinese characters that a comparator follows (`atComparator` tells one), or null. */
export function afterPhrase(s: string, atComparator: (rest: string) => boolean): string | null {
  for (let i = 1; i <= MAX_PHRASE && i < s.length; i++) {
    if (!isHan(s, i - 1)) return null;
    if (atComparator(s.slice(i))) return s.slice(i);
  }
  return null;
}
