// Character data and attribute values as an XML parser reports them: entity and character references checked and
// decoded, line ends normalised. Used by the tokenizer (xmlTokenizer.ts) and everything that reads text.
/** A well-formedness fault at a position of the text. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {
    super(`${reason} (offset ${at})`);
    this.name = "XmlSyntaxError";
  }
}

const NAMED_ENTITIES = new Set(["lt", "gt", "amp", "quot", "apos"]);
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Character data as an XML parser reports it: line ends normalised (CR LF and CR become LF), entities decoded. */
export function decodeText(s: string): string {
  return decodeEntities(s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n"));
}

/** A CDATA section's content as an XML parser reports it: line ends normalised, nothing else decoded. */
export function cdataText(xml: string, start: number, end: number): string {
  const s = xml.slice(start + 9, end - 3);
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** An attribute value as an XML parser reports it: literal tabs and line ends become spaces, entities decoded. */
export function decodeAttr(s: string): string {
  return decodeEntities(/[\t\n\r]/.test(s) ? s.replace(/\r\n|[\t\n\r]/g, " ") : s);
}

/** Decodes XML entities (&lt; &#62; &#x3E; ...) in text or attribute values. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body] ?? m;
  });
}

function validCodePoint(n: number): boolean {
  return (
    n === 9 ||
    n === 10 ||
    n === 13 ||
    (n >= 0x20 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd) ||
    (n >= 0x10000 && n <= 0x10ffff)
  );
}

/** Checks the reference starting with `&` at `at`; returns the index after its `;`. */
export function entityEnd(xml: string, at: number, limit: number): number {
  const semi = xml.indexOf(";", at + 1);
  if (semi < 0 || semi >= limit || semi - at > 12) throw new XmlSyntaxError(at, "an & that starts no entity reference");
  const body = xml.slice(at + 1, semi);
  if (body.charCodeAt(0) === 35) {
    const hex = body.charCodeAt(1) === 120;
    const digits = body.slice(hex ? 2 : 1);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) || !validCodePoint(parseInt(digits, hex ? 16 : 10))) {
      throw new XmlSyntaxError(at, `character reference &${body}; is not a valid character`);
    }
  } else if (!NAMED_ENTITIES.has(body)) throw new XmlSyntaxError(at, `undefined entity &${body};`);
  return semi + 1;
}
