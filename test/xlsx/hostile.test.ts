// The hostile corpus (scripts/corpus/hostile.mjs) through the .xlsx host: each file gets its outcome — a refusal
// with its code and Chinese message and nothing written, or scores whose written copy is well-formed XML with only
// the parts it must touch changed.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { SaxesParser } from "saxes";
import { scoreWorkbook } from "../../src/core";
import { builtInProfile } from "../../src/core/profile";
import { applyPlan, readBack, readXlsx, XlsxError } from "../../src/xlsx";
import { tmpDir } from "../cli/helpers";
import { unzipParts } from "./builders";

interface Case {
  file: string;
  item: number;
  what: string;
  expect: {
    error?: string;
    says?: string;
    totals?: (number | null)[];
    flagged?: string;
    untouched?: string;
    features?: boolean;
    escaped?: boolean;
  };
}

const dir = tmpDir("selfeval-hostile-");
execFileSync(process.execPath, [path.resolve(__dirname, "../../scripts/corpus/hostile.mjs"), dir]);
const cases: Case[] = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
const profile = builtInProfile("central-2020")!;

/** What the .xlsx host does with one file: the error it throws, or the plan's totals and the written bytes. */
function run(file: string): {
  error?: XlsxError;
  totals?: (number | null)[];
  bytes?: Uint8Array;
  original: Uint8Array;
  writeError?: XlsxError;
} {
  const original = new Uint8Array(fs.readFileSync(path.join(dir, file)));
  let wb;
  try {
    wb = readXlsx(original, file);
  } catch (e) {
    if (e instanceof XlsxError) return { error: e, original };
    throw e;
  }
  const plan = scoreWorkbook(wb.grid, { mode: "score", profile, fileName: file, lang: "zh" });
  const totals = plan.report.tables.map((t) => t.total);
  try {
    return { totals, bytes: applyPlan(wb, plan.writes), original };
  } catch (e) {
    if (e instanceof XlsxError) return { totals, writeError: e, original };
    throw e;
  }
}

function wellFormed(xml: string): void {
  new SaxesParser({ xmlns: true }).write(xml).close();
}

test("the corpus covers every item of the issue, and issue 12's bad inputs", () => {
  expect(new Set(cases.map((c) => c.item))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 12]));
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

describe.each(cases.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const result = run(file);

  test(`${c.what}: ${c.expect.error ? `${c.expect.error} “…${c.expect.says}…”` : `scored ${c.expect.totals?.join(" / ")}`}`, () => {
    const error = result.error ?? result.writeError;
    if (c.expect.error) {
      expect(error?.code).toBe(c.expect.error);
      expect(error?.message).toContain(c.expect.says);
      expect(error?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(result.bytes).toBeUndefined();
    } else expect(error).toBeUndefined();
    if (c.expect.totals) expect(result.totals).toEqual(c.expect.totals);
  });

  if (result.bytes) {
    test("every XML part of the written copy is well-formed (namespaces too)", () => {
      const before = unzipParts(result.original);
      for (const [name, data] of unzipParts(result.bytes!)) {
        if (!/\.(xml|rels)$/.test(name) || Buffer.compare(data, before.get(name) ?? Buffer.alloc(0)) === 0) continue;
        expect(() => wellFormed(data.toString("utf8"))).not.toThrow();
      }
    });
  }
});

test("a fake cell in a comment is no cell: H18 stays 11篇 and K18 is flagged", () => {
  const { bytes } = run("2-注释中的假单元格.xlsx");
  const sheet = readBack(bytes!).get("附件1")!;
  expect(sheet.get("H18")!.value).toBe("11篇");
  expect(sheet.get("J18")!.value).toBe(2.2);
  expect(sheet.get("K18")!.note).toContain("11篇低于年度指标值15篇");
});

test("CDATA holding </c> beside a written cell: the text survives whole, the score lands in J17", () => {
  const { bytes } = run("2-CDATA中的结束标签.xlsx");
  const sheet = readBack(bytes!).get("附件1")!;
  expect(sheet.get("K17")!.value).toBe("见附件</c></row>");
  expect(sheet.get("J17")!.value).toBe(3);
});

test("an array formula over the score cells: those cells are left as they were, the total is written", () => {
  const { bytes, original } = run("3-数组公式覆盖得分列.xlsx");
  const before = readBack(original).get("附件1")!;
  const after = readBack(bytes!).get("附件1")!;
  for (let r = 12; r <= 41; r++)
    expect([r, after.get(`J${r}`)!.value, after.get(`J${r}`)!.formula]).toEqual([
      r,
      before.get(`J${r}`)!.value,
      before.get(`J${r}`)!.formula,
    ]);
  expect(after.get("J12")!.formula).toBe("I12:I41*0");
  expect(after.get("J42")!.value).toBe(96.88);
});

test("leading-slash part names: every relationship written points inside the package", () => {
  const { bytes } = run("7-前导斜杠部件名.xlsx");
  for (const [name, data] of unzipParts(bytes!)) {
    if (!name.endsWith(".rels")) continue;
    const depth = name.replace(/^\//, "").split("/").length - 2; // folders above the rels part's source
    for (const m of data.toString("utf8").matchAll(/Target="([^"]+)"/g)) {
      if (/^https?:/.test(m[1])) continue;
      expect([name, m[1], (m[1].match(/\.\.\//g) ?? []).length <= depth]).toEqual([name, m[1], true]);
    }
  }
});
