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

/** A page of a list as the API sends it: the total is a lower bound when the server stopped counting. */
export interface Counted {
  totalCount: number;
  totalCountIsLowerBound?: boolean;
}

/** "1.234", or "1.000+" when there are more than the server counted. */
export function formatTotal(page: Counted | undefined): string {
  if (!page) return formatNumber(0);
  return formatNumber(page.totalCount) + (page.totalCountIsLowerBound ? "+" : "");
}

/** The total to page through: one page more than counted while the count is a lower bound, so the next pages stay reachable. */
export function pagingTotal(page: Counted | undefined, pageSize: number): number {
  if (!page) return 0;
  return page.totalCount + (page.totalCountIsLowerBound ? pageSize : 0);
}

const collator = new Intl.Collator("vi");

/** Sorts Vietnamese names the Vietnamese way. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
