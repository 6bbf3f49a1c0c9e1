// The operating system's errors in the run's language: every error code a file operation of the command line can meet
// gets a plain reason (the texts are the message layer's, cli.*.ts), so no raw ENOENT or ENAMETOOLONG reaches a user.
import { messagesFor } from "../core";

/** Why a file operation failed, in `lang` (Chinese by default); an unknown code is named. */
export function systemReason(e: unknown, lang: "zh" | "en" = "zh"): string {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? null;
  return messagesFor(lang).cli.system({ code, detail: e instanceof Error ? e.message : String(e) });
}
