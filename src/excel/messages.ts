// The Excel host's user-facing messages come from the core's message layer (src/core/messages/host.*.ts).
import { messagesFor } from "../core";
import type { HostMessages } from "../core";

/** Message language of the host. */
export type HostLang = "zh" | "en";

/** The host's messages in a language (Chinese by default). */
export function hostText(lang: HostLang = "zh"): HostMessages {
  return messagesFor(lang).host;
}
