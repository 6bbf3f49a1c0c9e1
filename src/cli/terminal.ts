// Text from a workbook shown on a terminal: control characters (ESC sequences that clear the screen or move the
// cursor, carriage returns that overwrite a line, bidirectional overrides that reorder it) are shown escaped.

// eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character written as a visible escape (\x1B, \r, \u202E); newlines kept. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** One line of text from a file: control characters and line breaks escaped, so it cannot break the summary. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, "\\n");
}
