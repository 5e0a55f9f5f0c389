import { fold } from "../../lib/fold";
import { compareVietnamese } from "../../lib/format";
import type { GateItem } from "./store";

/**
 * People on the list whose name holds every word typed, ignoring case and diacritics: "nguyen thi phuong" finds
 * "Nguyễn Thị Phượng", "phuong" finds her too. Sorted the Vietnamese way; at most `limit`.
 */
export function searchByName<T extends Pick<GateItem, "fullName">>(items: readonly T[], query: string, limit = 8): T[] {
  const words = fold(query).split(/[\s,.-]+/).filter(Boolean);
  if (words.length === 0 || words.join("").length < 2) return [];
  return items
    .filter((item) => {
      const name = fold(item.fullName).split(/\s+/);
      // Every typed word starts some word of the name ("ng th ph" works too), in any order.
      return words.every((word) => name.some((part) => part.startsWith(word)));
    })
    .sort((a, b) => compareVietnamese(a.fullName, b.fullName))
    .slice(0, limit);
}
