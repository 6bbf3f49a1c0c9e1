// The operating system's errors in the run's language: every error code a file operation of the command line can meet
// gets a plain reason (the texts are the message layer's, cli.*.ts), so no raw ENOENT or ENAMETOOLONG reaches a user.
import { cliText } from "./args";

/** An error of our own shaped as the system's: `code` is one the reason tables name (ENOTREG, ECHANGED, ELINK …),
 *  so systemReason says it in the run's language. */
export function codedError(code: string, what: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${what}, '${file}'`), { code, path: file });
}

/** Why a file operation failed, in `lang` (Chinese by default); an unknown code is named. */
export function systemReason(e: unknown, lang: "zh" | "en" = "zh"): string {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? null;
  return cliText(lang).system({ code, detail: e instanceof Error ? e.message : String(e) });
}

/** Why an operation on `file`, a path a folder listing gave, failed: as systemReason, except that a path "not there"
 *  whose name holds U+FFFD is one whose name is not UTF-8 (Node decodes names as UTF-8, so a GBK name from a zip made
 *  on Windows and unpacked on Linux comes out changed and cannot be opened by it): EBADNAME, which says how to fix it. */
export function listedPathReason(e: unknown, file: string, lang: "zh" | "en" = "zh"): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" && file.includes("\uFFFD")) return cliText(lang).system({ code: "EBADNAME", detail: "" });
  return systemReason(e, lang);
}
