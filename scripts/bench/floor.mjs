// The floor of scoring one workbook file: what any tool that edits one sheet of an .xlsx must do at least, done
// with the same native zlib and zip code the command line uses: read the file, unzip (inflate every part), put back
// the one sheet part the plan edits (deflated again at the level the writer uses), rezip, and write the copy the
// way the command line does (a temporary file renamed into place). No XML is read, no cell scored or written. Each
// call writes a copy of a new name, as a batch into a new folder does: renaming over the copy written before costs
// 0.1-0.45 ms more here (the replaced file's blocks are freed), as it does for any tool re-run into the same folder
// (BENCHMARKS.md, "session 18").
import * as fs from "node:fs";
import * as path from "node:path";

/** A function that does the floor's work on `input` (writing into `outDir`); `lib` is the compiled lib/ folder. */
export function floorOf(lib, input, sheetPart, outDir) {
  const { readZip } = lib.zip;
  const { writeZip } = lib.zipWrite;
  const { nodeCodec } = lib.nodeCodec;
  const tmp = path.join(outDir, ".floor.tmp");
  let n = 0;
  return () => {
    const target = path.join(outDir, `floor-${n++}.xlsx`);
    const bytes = new Uint8Array(fs.readFileSync(input));
    const zip = readZip(bytes, "floor.xlsx");
    let sheet = null;
    for (const e of zip.entries) {
      const raw = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
      const data = e.method === 8 ? nodeCodec.inflateRaw(raw, e.size) : raw;
      if (e.name === sheetPart) sheet = data;
    }
    const out = writeZip(zip, { replace: new Map([[sheetPart, sheet]]), add: [], codec: nodeCodec });
    const fd = fs.openSync(tmp, "w");
    fs.writeSync(fd, out);
    fs.closeSync(fd);
    fs.renameSync(tmp, target);
  };
}
