import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import vi from "../locales/vi.json";
import { STORAGE_KEYS } from "./storageKeys";

export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = STORAGE_KEYS.language;

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "vi";
}

// Vietnamese is in the first bundle; English is a chunk of its own, fetched when someone chooses it (or chose it before).
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: "vi",
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
});

/** Switches the interface's language, loading its words first when they are not in the first bundle. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, "translation")) {
    const words = await import("../locales/en.json");
    i18n.addResourceBundle(language, "translation", words.default);
  }
  await i18n.changeLanguage(language);
}

if (initialLanguage() !== "vi") void changeLanguage(initialLanguage());

i18n.on("languageChanged", (language) => {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
