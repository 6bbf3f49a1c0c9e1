// How wide text is in a spreadsheet column: CJK and full-width characters count as two, the rest as one.

/** Wide characters: CJK ideographs and symbols, kana, Hangul, full-width forms (【】，：%). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width of one line of text (full-width characters count 2). */
export function lineWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Display width of text: its widest line. */
export function textWidth(text: string): number {
  return text.split("\n").reduce((max, line) => Math.max(max, lineWidth(line)), 0);
}

/** Lines the text takes in a column `width` wide when wrapped. */
export function wrappedLines(text: string, width: number): number {
  const w = Math.max(1, width);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(lineWidth(line) / w)), 0);
}
