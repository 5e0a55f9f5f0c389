/** Vietnamese display of instants, dates and numbers, always in Hà Nội time whatever the browser's zone. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });
const numberFormat = new Intl.NumberFormat("vi-VN");

/** "14/08/2023" */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "19:30" */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "19:30 14/08/2023" */
export function formatDateTime(iso: string): string {
  return `${formatTime(iso)} ${formatDate(iso)}`;
}

/** "1.234,5" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const OFFSET = "+07:00";

/** An instant as the value of a datetime-local input, in Hà Nội time: "2023-08-14T19:30". */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const shifted = new Date(new Date(iso).getTime() + 7 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 16);
}

/** A datetime-local value read as Hà Nội time: "2023-08-14T19:30" → "2023-08-14T19:30:00+07:00". */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return `${value}:00${OFFSET}`;
}

const collator = new Intl.Collator("vi");

/** Sorts Vietnamese names the Vietnamese way. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
