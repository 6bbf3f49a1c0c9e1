// The core's second public entry: the zod schemas of the report and the profile, with the profile's rules (grade
// order, level-1 names, weights). Kept apart from ./index so that scoring and writing never load zod.
export * from "./report";
export { level1NameProblems, parseProfile, profileProblemOf, ProfileSchema } from "./profile";
