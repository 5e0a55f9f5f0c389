// Dates typed and shown the Vietnamese way (dd/mm/yyyy, 24-hour) in Hà Nội time, whatever the browser's language or zone.
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";
import "dayjs/locale/vi";

dayjs.extend(customParseFormat);

// The conversions without dayjs live in wallClock.ts (the overview uses them, and dayjs stays out of the first load).
export { fromWallClock, toWallClock } from "./wallClock";

export const DATE_FORMAT = "DD/MM/YYYY";
export const DATE_TIME_FORMAT = "DD/MM/YYYY HH:mm";

/** Parses what a person typed, strictly, in the Vietnamese format; null when it is not a real date. */
export function parseTyped(text: string, withTime: boolean): string | null {
  const parsed = dayjs(text.trim(), withTime ? [DATE_TIME_FORMAT, "D/M/YYYY H:mm"] : [DATE_FORMAT, "D/M/YYYY"], "vi", true);
  if (!parsed.isValid()) return null;
  return parsed.format(withTime ? "YYYY-MM-DD HH:mm:ss" : "YYYY-MM-DD");
}
