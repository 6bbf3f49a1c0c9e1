// The English message table as a bundle of its own (ES5, entry "messagesEn" in webpack.config.js): the ribbon loads it
// only for a run in English (loadEnglish.ts) and takes the table from the global below.
import { en } from "../core/messages/en";
import { ENGLISH_GLOBAL } from "./englishGlobal";

(window as unknown as Record<string, unknown>)[ENGLISH_GLOBAL] = en;
