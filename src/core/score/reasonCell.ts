// The reason cell of a row (偏差原因分析及改进措施): whether what it holds is a reason, or empty or a placeholder the
// profile lists (无, /, 待补充 …), compared plainly (－ is -, 无。 is 无, N/A is n/a).
import type { Profile } from "../profile";
import type { CellRef } from "../tables/readTable";
import { cellText, toHalfWidth } from "../text";

/** A reason as its placeholders are compared: half-width, lower case, without blanks or the punctuation that ends it. */
function plainReason(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, "")
    .replace(/[。.,，;；!！]+$/, "")
    .toLowerCase();
}

/** The placeholders of a profile's list, written plainly: made once a list. */
const PLAIN_PLACEHOLDERS = new WeakMap<readonly string[], ReadonlySet<string>>();

function placeholdersOf(profile: Profile): ReadonlySet<string> {
  let set = PLAIN_PLACEHOLDERS.get(profile.reasonPlaceholders);
  if (!set)
    PLAIN_PLACEHOLDERS.set(profile.reasonPlaceholders, (set = new Set(profile.reasonPlaceholders.map(plainReason))));
  return set;
}

/** The template's own label left at the start of a reason cell (偏差原因：, 原因分析及改进措施:), to be filled in after. */
const LABEL = /^(?:偏差)?(?:原因|原因分析)?(?:及|和|与)?(?:改进措施)?[:：]/;

/** Whether the reason cell holds no reason: there is none, it is empty, or it holds one of the profile's placeholders,
 *  also after the template's label (偏差原因：, 原因：无). */
export function noReasonIn(cell: CellRef | null, profile: Profile): boolean {
  const whole = plainReason(cellText(cell?.value ?? null));
  const reason = whole.replace(LABEL, "");
  return reason === "" || placeholdersOf(profile).has(reason);
}
