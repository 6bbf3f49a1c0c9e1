/** @jest-environment jsdom */
// Dropped and picked folders: paths kept, spreadsheets only, readEntries read to the end, budgets.
import { droppedFiles, MAX_FOLDER_FILES, pickedFiles, wantedInFolder, type EntryLike } from "../../src/web/folderFiles";

/** A file entry of a fake dropped tree. */
function fileEntry(fullPath: string): EntryLike {
  const name = fullPath.slice(fullPath.lastIndexOf("/") + 1);
  return { name, fullPath, isFile: true, isDirectory: false, file: (ok) => ok(new File([name], name)) };
}

/** A folder entry whose reader answers in batches of `batch` (as Chromium does with 100), then an empty batch. */
function folderEntry(fullPath: string, children: EntryLike[], batch = 2): EntryLike & { reads: number } {
  const entry = {
    name: fullPath.slice(fullPath.lastIndexOf("/") + 1),
    fullPath,
    isFile: false,
    isDirectory: true,
    reads: 0,
    createReader() {
      let at = 0;
      return {
        readEntries(ok: (entries: EntryLike[]) => void) {
          entry.reads++;
          const next = children.slice(at, at + batch);
          at += next.length;
          ok(next);
        },
      };
    },
  };
  return entry;
}

test("a dropped folder tree: every batch of readEntries is read, paths kept, only spreadsheets, in path order", async () => {
  const unitA = folderEntry("/报送/单位A", [
    fileEntry("/报送/单位A/自评表10.xlsx"),
    fileEntry("/报送/单位A/自评表2.xlsx"),
    fileEntry("/报送/单位A/说明.docx"),
    fileEntry("/报送/单位A/~$自评表2.xlsx"),
    fileEntry("/报送/单位A/旧.xls"),
  ]);
  const unitB = folderEntry("/报送/单位B", [fileEntry("/报送/单位B/自评表2.xlsx"), fileEntry("/报送/单位B/.DS_Store")]);
  const root = folderEntry("/报送", [unitB, unitA]);
  const loose = fileEntry("/单独.pdf");
  const got = await droppedFiles([loose, root], []);
  expect(got.files.map((f) => f.name)).toEqual([
    "单独.pdf",
    "报送/单位A/旧.xls",
    "报送/单位A/自评表2.xlsx",
    "报送/单位A/自评表10.xlsx",
    "报送/单位B/自评表2.xlsx",
  ]);
  expect(got.skipped).toBe(3);
  expect(got.truncated).toBe(false);
  expect(unitA.reads).toBe(4);
  expect(got.files[2].file.size).toBe(Buffer.byteLength("自评表2.xlsx"));
});

test("a folder with more spreadsheets than MAX_FOLDER_FILES is cut and says so", async () => {
  const many = Array.from({ length: MAX_FOLDER_FILES + 5 }, (_, i) => fileEntry(`/大/f${i}.xlsx`));
  const got = await droppedFiles([folderEntry("/大", many, 100)], []);
  expect(got.files).toHaveLength(MAX_FOLDER_FILES);
  expect(got.truncated).toBe(true);
});

test("picked files: a folder pick keeps relative paths and skips other files; a plain pick keeps everything in order", () => {
  const inFolder = (path: string): File => {
    const f = new File(["x"], path.slice(path.lastIndexOf("/") + 1));
    Object.defineProperty(f, "webkitRelativePath", { value: path });
    return f;
  };
  const folder = pickedFiles([
    inFolder("审/单位B/自评表.xlsx"),
    inFolder("审/单位A/自评表.xlsx"),
    inFolder("审/单位A/附件.pdf"),
  ]);
  expect(folder.files.map((f) => f.name)).toEqual(["审/单位A/自评表.xlsx", "审/单位B/自评表.xlsx"]);
  expect(folder.skipped).toBe(1);
  const plain = pickedFiles([new File(["x"], "b.pdf"), new File(["x"], "a.xlsx")]);
  expect(plain.files.map((f) => [f.name, f.file.size])).toEqual([
    ["b.pdf", 1],
    ["a.xlsx", 1],
  ]);
});

test("which files of a folder are scored", () => {
  expect(
    ["a/自评表.xlsx", "a/b.xlsm", "a/旧.xls", "a/~$自评表.xlsx", "a/.hidden.xlsx", "a/说明.docx", "a/b.csv"].map(
      wantedInFolder,
    ),
  ).toEqual([true, true, true, false, false, false, false]);
});
