// The profile's zod schema, loaded when first used. In the pane it is a chunk of its own (zod and the profile's rules,
// 9 KB gzipped), fetched when the pane reads the workbook's profile, just after it is shown: the pane's first screen
// does not wait for it. The ribbon's ES5 bundle stays one file: there webpack.config.js puts
// src/commands/bundledProfileSchema.ts in its place.
import type { ProfileSchema } from "../core/schemas";

/** The profile's zod schema. */
export function loadProfileSchema(): Promise<typeof ProfileSchema> {
  return import(/* webpackChunkName: "profile-schema" */ "../core/schemas").then((m) => m.ProfileSchema);
}
