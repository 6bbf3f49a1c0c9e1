// Words before a figure: before a comparator they name what is counted (开展培训≥3次, 覆盖≥500户, 培训人数不少于200人)
// and are taken off; before a bare figure with its unit (覆盖480户, 开展培训2次) they are kept as the cell's remark, which
// the scorer says it did not count. A text whose rest is no quantity is read whole.

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

/** The words before a figure (Chinese characters, then a digit) and the figure on; null when the text starts otherwise
 *  or the words end in a range's 至 / 到 (到0次 is a range without its start, not words). */
export function splitBeforeFigure(s: string): { words: string; rest: string } | null {
  for (let i = 1; i <= MAX_PHRASE && i < s.length; i++) {
    if (!isHan(s, i - 1)) return null;
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39)
      return s[i - 1] === "至" || s[i - 1] === "到" ? null : { words: s.slice(0, i), rest: s.slice(i) };
  }
  return null;
}
