// Hà Nội wall clock <-> instants, computed from the instant and never from the browser's zone (no dayjs here).

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const OFFSET = "+07:00";
const OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * An instant as the wall-clock value the date pickers hold, in Hà Nội time: "2023-08-14T12:00:00Z" → "2023-08-14 19:00:00".
 * Computed from the instant, never from the browser's zone.
 */
export function toWallClock(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return null;
  const shifted = new Date(time + OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

/** A picker's wall-clock value read as Hà Nội time: "2023-08-14 19:00:00" → "2023-08-14T19:00:00+07:00"; null when empty or malformed. */
export function fromWallClock(value: string | null | undefined): string | null {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/);
  if (!match) return null;
  return `${match[1]}T${match[2]}${match[3] ?? ":00"}${OFFSET}`;
}
