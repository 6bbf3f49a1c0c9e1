// Names shared by the English bundle and its loader.

/** The window property the English bundle leaves its table in. */
export const ENGLISH_GLOBAL = "selfevalMessagesEn";

/** The meta element (in taskpane.html, the function file) whose content is the English bundle's file name. */
export const ENGLISH_META = "selfeval-messages-en";
