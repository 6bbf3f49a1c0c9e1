// Adds number formats, fills and cell formats (xf) to styles.xml without touching the existing ones:
// a cell that needs another format gets a NEW xf cloned from its own; identical clones are shared.
import { builtInId } from "./numFmts";
import { parseCustomFormats, parseFillColours } from "./styles";
import { MARK_FILLS } from "../core";
import {
  escapeAttr,
  findElement,
  findElements,
  getAttr,
  removeAttr,
  rootPrefix,
  setAttr,
  type ElementSpan,
} from "./xml";

const MARK_COLOURS = new Set(Object.values(MARK_FILLS));

const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Edits one styles part; call styleFor() per cell, then toXml() once. */
export class StyleEditor {
  /** Whether the package had no styles part (the caller must add one). */
  readonly created: boolean;
  private readonly xml: string;
  private readonly p: string;
  private readonly customFormats: Map<number, string>;
  private readonly fillColours: (string | null)[];
  private readonly xfs: string[];
  private readonly xfIndex = new Map<string, number>();
  private readonly memo = new Map<string, number>();
  private readonly newFormats: { id: number; code: string }[] = [];
  private readonly newFills: string[] = [];
  private readonly originalXfCount: number;

  constructor(xml: string | null) {
    this.created = xml === null;
    this.xml = xml ?? DEFAULT_STYLES;
    this.p = rootPrefix(this.xml);
    this.customFormats = parseCustomFormats(this.xml, this.p);
    this.fillColours = parseFillColours(this.xml, this.p);
    const cellXfs = this.block("cellXfs");
    this.xfs =
      cellXfs && !cellXfs.selfClosing
        ? findElements(this.xml, this.p + "xf", cellXfs.openEnd, cellXfs.closeStart).map((s) =>
            this.xml.slice(s.start, s.end),
          )
        : [];
    this.originalXfCount = this.xfs.length;
    this.xfs.forEach((x, i) => {
      if (!this.xfIndex.has(x)) this.xfIndex.set(x, i);
    });
  }

  /** True when cells need formats the part does not have yet (then toXml() must be saved). */
  get changed(): boolean {
    return this.xfs.length > this.originalXfCount;
  }

  private block(name: string): ElementSpan | null {
    return findElement(this.xml, this.p + name);
  }

  /** The numFmtId for a code: built-in, an existing custom format, or a new one. */
  numFmtId(code: string): number {
    const builtIn = builtInId(code);
    if (builtIn !== null) return builtIn;
    for (const [id, existing] of this.customFormats) if (existing === code) return id;
    const id = Math.max(163, ...this.customFormats.keys()) + 1;
    this.customFormats.set(id, code);
    this.newFormats.push({ id, code });
    return id;
  }

  /** The fillId of a solid fill in `argb`: an existing one with that colour, or a new one. */
  fillId(argb: string): number {
    const found = this.fillColours.indexOf(argb.toUpperCase());
    if (found >= 0) return found;
    const p = this.p;
    this.newFills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeAttr(argb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.fillColours.push(argb.toUpperCase());
    return this.fillColours.length - 1;
  }

  /** The cellXfs index for a cell now at `current` that needs `numFmt` and/or a fill (undefined = keep). */
  styleFor(current: number, numFmt?: string, fillArgb?: string): number {
    if (numFmt === undefined && fillArgb === undefined) return current;
    const key = `${current}|${numFmt ?? ""}|${fillArgb ?? ""}`;
    const memoised = this.memo.get(key);
    if (memoised !== undefined) return memoised;
    const base =
      this.xfs[current] ?? this.xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const index = this.cloneWith(base, (tag) => {
      if (numFmt !== undefined)
        tag = setAttr(setAttr(tag, "numFmtId", String(this.numFmtId(numFmt))), "applyNumberFormat", "1");
      if (fillArgb !== undefined)
        tag = setAttr(setAttr(tag, "fillId", String(this.fillId(fillArgb))), "applyFill", "1");
      return tag;
    });
    this.memo.set(key, index);
    return index;
  }

  /**
   * The cellXfs index a cell now at `current` had before an earlier run filled it with a mark colour: the one
   * format that differs from it only in its fill (no fill when several do, or none is left). Other cells: `current`.
   */
  unmarked(current: number): number {
    const xf = this.xfs[current];
    if (!xf || !MARK_COLOURS.has(this.fillOf(xf) ?? "")) return current;
    const key = withoutFill(xf);
    const candidates: number[] = [];
    for (let i = 0; i < this.originalXfCount; i++) {
      if (i !== current && !MARK_COLOURS.has(this.fillOf(this.xfs[i]) ?? "") && withoutFill(this.xfs[i]) === key)
        candidates.push(i);
    }
    const fills = new Set(candidates.map((i) => getAttr(this.xfs[i], "fillId") ?? "0"));
    if (fills.size === 1) return candidates[0];
    const unfilled = candidates.find((i) => (getAttr(this.xfs[i], "fillId") ?? "0") === "0");
    return unfilled ?? this.cloneWith(xf, (tag) => removeAttr(setAttr(tag, "fillId", "0"), "applyFill"));
  }

  private fillOf(xf: string): string | null {
    return this.fillColours[Number(getAttr(xf, "fillId") ?? 0)] ?? null;
  }

  private cloneWith(base: string, edit: (tag: string) => string): number {
    const gt = base.indexOf(">");
    const clone = edit(base.slice(0, gt + 1)) + base.slice(gt + 1);
    let index = this.xfIndex.get(clone);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfs.push(clone);
      this.xfIndex.set(clone, index);
    }
    return index;
  }

  /** The edited styles part: new numFmts, fills and xfs appended, counts updated, everything else as it was. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const p = this.p;
    const edits: { at: number; end: number; text: string }[] = [];
    const appendTo = (name: string, items: string[], total: number, create: () => { at: number; text: string }) => {
      if (!items.length) return;
      const span = this.block(name);
      if (!span) {
        const made = create();
        edits.push({ at: made.at, end: made.at, text: made.text });
        return;
      }
      const open = setAttr(this.xml.slice(span.start, span.openEnd).replace(/\s*\/>$/, ">"), "count", String(total));
      const close = span.selfClosing ? `</${p}${name}>` : "";
      edits.push({ at: span.start, end: span.openEnd, text: open });
      edits.push({ at: span.closeStart, end: span.closeStart, text: items.join("") + close });
    };
    const rootEnd = this.xml.indexOf(">", this.xml.indexOf("<" + p + "styleSheet")) + 1;
    const formatXml = this.newFormats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeAttr(f.code)}"/>`);
    appendTo("numFmts", formatXml, this.customFormats.size, () => ({
      at: rootEnd,
      text: `<${p}numFmts count="${formatXml.length}">${formatXml.join("")}</${p}numFmts>`,
    }));
    appendTo("fills", this.newFills, this.fillColours.length, () => {
      throw new Error("styles.xml has no <fills>");
    });
    appendTo("cellXfs", this.xfs.slice(this.originalXfCount), this.xfs.length, () => {
      throw new Error("styles.xml has no <cellXfs>");
    });
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = "";
    let last = 0;
    for (const e of edits) {
      out += this.xml.slice(last, e.at) + e.text;
      last = e.end;
    }
    return out + this.xml.slice(last);
  }
}

/** An xf element without its fillId and applyFill (what a mark's clone shares with the format it came from). */
function withoutFill(xf: string): string {
  const gt = xf.indexOf(">");
  return removeAttr(removeAttr(xf.slice(0, gt + 1), "fillId"), "applyFill") + xf.slice(gt + 1);
}
