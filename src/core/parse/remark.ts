// A figure followed by a remark (11篇（受疫情影响）, 11篇，未达标, 98.5%【满意】): where the figure ends.

const CLOSERS: Readonly<Record<string, string>> = { ")": "(", "】": "【", "]": "[" };
const SEPARATORS = ",;。";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const TRAILING_PUNCTUATION = /[,;。.!！?？]+$/;

/** Splits normalised cell text into the figure and its remark: a bracketed remark at the end, else the text after the
 *  first comma, semicolon or full stop (not one between two digits, 1,000). Null when there is no remark. */
export function splitRemark(s: string): { head: string; note: string } | null {
  const closer = s[s.length - 1];
  const opener = CLOSERS[closer];
  if (opener) {
    let depth = 0;
    for (let i = s.length - 1; i > 0; i--) {
      if (s[i] === closer) depth++;
      else if (s[i] === opener && --depth === 0) return pair(s.slice(0, i), s.slice(i + 1, -1));
    }
    return null;
  }
  for (let i = 1; i < s.length - 1; i++) {
    if (SEPARATORS.includes(s[i]) && !(isDigit(s[i - 1]) && isDigit(s[i + 1])))
      return pair(s.slice(0, i), s.slice(i + 1));
  }
  return null;
}

function pair(head: string, rest: string): { head: string; note: string } | null {
  const note = rest.replace(TRAILING_PUNCTUATION, "");
  return head !== "" && note !== "" ? { head, note } : null;
}
