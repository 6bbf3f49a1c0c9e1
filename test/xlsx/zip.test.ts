// The zip container: stored/deflated entries, data descriptors, UTF-8 names, verbatim copies of unchanged entries.
import * as zlib from "node:zlib";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { DEFLATE_LEVEL, portableCodec, STORE_BELOW, type ZipCodec } from "../../src/xlsx/codec";
import { readXlsx, applyPlan } from "../../src/xlsx";
import { entryData, readZip } from "../../src/xlsx/zip";
import { writeZip } from "../../src/xlsx/zipWrite";
import { readmeWorkbooks, workbookBytes } from "../helpers/fixtures";
import { minimalXlsx, rawZip, sheetXml, unzipParts, type RawEntry } from "./builders";

/** The raw local record (header + compressed data + descriptor) of each entry, by name. */
function localRecords(bytes: Uint8Array): Map<string, Buffer> {
  const zip = readZip(bytes, "x");
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(bytes.subarray(e.localStart, e.localEnd))]));
}

describe("zip reading", () => {
  const entries: RawEntry[] = [
    { name: "stored.txt", data: "平平无奇", method: 0 },
    { name: "deflated.txt", data: "得分".repeat(500) },
    { name: "signed-descriptor.txt", data: "a".repeat(3000), descriptor: "signed" },
    { name: "unsigned-descriptor.txt", data: "b".repeat(3000), descriptor: "unsigned" },
    { name: "目录/中文 名称.xml", data: "<x>中文</x>", descriptor: "signed" },
  ];
  const bytes = rawZip(entries, "archive comment 注释");

  test("reads every entry whatever its method, descriptor or name", () => {
    const zip = readZip(bytes, "t.zip");
    expect(zip.entries.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    for (const e of entries) {
      const entry = zip.byKey.get(e.name.toLowerCase())!;
      expect(new TextDecoder().decode(entryData(zip, entry, "t.zip"))).toBe(e.data);
    }
    expect(zip.entries[2].localEnd - zip.entries[2].dataStart - zip.entries[2].compressedSize).toBe(16);
    expect(zip.entries[3].localEnd - zip.entries[3].dataStart - zip.entries[3].compressedSize).toBe(12);
  });

  test("writing with no change reproduces the archive byte for byte (fixtures included)", () => {
    for (const input of [bytes, ...readmeWorkbooks().map(workbookBytes)]) {
      const out = writeZip(readZip(input, "x"), { replace: new Map(), add: [] });
      expect(Buffer.compare(Buffer.from(out), Buffer.from(input))).toBe(0);
    }
  });

  test("changed entries are re-deflated, deleted ones dropped, new ones appended; the rest copied verbatim", () => {
    const zip = readZip(bytes, "t.zip");
    const out = writeZip(zip, {
      replace: new Map<string, Uint8Array | null>([
        ["deflated.txt", new TextEncoder().encode("新内容")],
        ["stored.txt", null],
      ]),
      add: [{ name: "新增/文件.xml", data: new TextEncoder().encode("<新/>") }],
    });
    const parts = unzipParts(out);
    expect([...parts.keys()]).toEqual([
      "deflated.txt",
      "signed-descriptor.txt",
      "unsigned-descriptor.txt",
      "目录/中文 名称.xml",
      "新增/文件.xml",
    ]);
    expect(parts.get("deflated.txt")!.toString("utf8")).toBe("新内容");
    expect(parts.get("新增/文件.xml")!.toString("utf8")).toBe("<新/>");
    const before = localRecords(bytes);
    const after = localRecords(out);
    for (const name of ["signed-descriptor.txt", "unsigned-descriptor.txt", "目录/中文 名称.xml"]) {
      expect(Buffer.compare(after.get(name)!, before.get(name)!)).toBe(0);
    }
    expect(
      Buffer.from(out)
        .subarray(-"archive comment 注释".length - 3)
        .toString("utf8"),
    ).toContain("注释");
  });
});

describe("a workbook with data descriptors and stored parts", () => {
  test("is read and written; untouched parts keep their exact local records", () => {
    const plain = unzipParts(
      minimalXlsx({
        sheets: [
          { name: "表", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
          { name: "另", xml: sheetXml("") },
        ],
      }),
    );
    const odd = rawZip(
      [...plain].map(([name, data], i) => ({
        name,
        data,
        method: i % 2 ? 0 : 8,
        descriptor: i % 3 ? "signed" : "unsigned",
      })),
    );
    const wb = readXlsx(odd, "odd.xlsx");
    expect(wb.grid.sheets[0].values).toEqual([[1]]);
    const out = applyPlan(wb, [{ sheet: "表", row: 0, col: 1, address: "B1", kind: "score", value: 2 }]);
    const before = localRecords(odd);
    const after = localRecords(out);
    for (const [name, record] of before) {
      if (name === "xl/worksheets/sheet1.xml") continue;
      expect([name, Buffer.compare(after.get(name)!, record)]).toEqual([name, 0]);
    }
    expect(readXlsx(out, "out.xlsx").grid.sheets[0].values).toEqual([[1, 2]]);
    const levels: number[] = [];
    const counting: ZipCodec = {
      ...nodeCodec,
      deflateRaw: (data, level) => (levels.push(level), nodeCodec.deflateRaw(data, level)),
    };
    const viaZlib = applyPlan(wb, [{ sheet: "表", row: 0, col: 1, address: "B1", kind: "score", value: 2 }], {
      codec: counting,
    });
    expect(levels).toEqual([]); // the changed sheet is under STORE_BELOW bytes: stored
    expect(readZip(viaZlib, "z").entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!.method).toBe(0);
    expect(readXlsx(viaZlib, "zlib.xlsx").grid.sheets[0].values).toEqual([[1, 2]]);
  });
});

describe("packing changed parts", () => {
  const zip = readZip(rawZip([{ name: "a.xml", data: "<a/>" }]), "t.zip");
  const compressible = new TextEncoder().encode("<row><c><v>1</v></c></row>".repeat(200));
  let seed = 2463534242;
  const random = Uint8Array.from(
    { length: 4000 },
    () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed & 0xff),
  );

  test.each([
    ["node:zlib", nodeCodec],
    ["portable (fflate)", portableCodec],
  ])("%s: small parts stored, others deflated at DEFLATE_LEVEL unless that is no smaller", (_name, codec) => {
    const levels: number[] = [];
    const counting: ZipCodec = {
      ...codec,
      deflateRaw: (data, level) => (levels.push(level), codec.deflateRaw(data, level)),
    };
    const small = new Uint8Array(STORE_BELOW - 1).fill(0x41);
    const out = writeZip(zip, {
      replace: new Map([["a.xml", small]]),
      add: [
        { name: "b.xml", data: compressible },
        { name: "c.bin", data: random },
      ],
      codec: counting,
    });
    const read = readZip(out, "out.zip");
    expect(read.entries.map((e) => [e.name, e.method])).toEqual([
      ["a.xml", 0],
      ["b.xml", 8],
      ["c.bin", 0],
    ]);
    expect(levels).toEqual([DEFLATE_LEVEL, DEFLATE_LEVEL]);
    expect(read.entries[1].compressedSize).toBeLessThan(compressible.length / 10);
    for (const [entry, data] of [
      [read.entries[0], small],
      [read.entries[1], compressible],
      [read.entries[2], random],
    ] as const) {
      expect(Buffer.compare(Buffer.from(entryData(read, entry, "out.zip", undefined, codec)), Buffer.from(data))).toBe(
        0,
      );
      expect(entry.crc).toBe(zlib.crc32(data));
    }
  });

  test.each([
    ["node:zlib", nodeCodec],
    ["portable (fflate)", portableCodec],
  ])("%s: inflating never produces more than the declared size", (_name, codec) => {
    for (const size of [20_000, 5_000_000]) {
      const raw = new Uint8Array(zlib.deflateRawSync(new Uint8Array(size)));
      expect(codec.inflateRaw(raw, size)).toHaveLength(size);
      let produced = 0;
      try {
        produced = codec.inflateRaw(raw, 1000).length;
      } catch {
        produced = -1; // stopped
      }
      expect(produced).toBeLessThanOrEqual(1000);
    }
  });
});
