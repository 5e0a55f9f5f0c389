/** What the web client keeps in localStorage, named once. */
export const STORAGE_KEYS = {
  /** The signed-in person's tokens (shared by every tab). */
  session: "antq.session",
  /** The chosen language, "vi" or "en". */
  language: "antq.language",
} as const;
