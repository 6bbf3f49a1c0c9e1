// Stands in for src/excel/profileSchema.ts in the ribbon's ES5 bundle (webpack.config.js puts it there): the schema is
// part of the one file that old Excel's function file loads, not a chunk fetched on demand.
import { ProfileSchema } from "../core/schemas";

/** The profile's zod schema. */
export function loadProfileSchema(): Promise<typeof ProfileSchema> {
  return Promise.resolve(ProfileSchema);
}
