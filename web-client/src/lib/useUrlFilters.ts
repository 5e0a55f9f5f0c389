import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useDebouncedValue } from "./useDebouncedValue";

/**
 * A list's filters held in the URL, so links can be shared and Back works. Changing a filter returns to page 1.
 * The search box text is debounced before it reaches the URL (and so the server).
 */
export function useUrlFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [search, setSearch] = useState(searchParams.get("q") ?? "");
  const q = useDebouncedValue(search.trim(), 300);

  const update = (changes: Record<string, string | undefined | null>) =>
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!("page" in changes)) next.delete("page");
      return next;
    }, { replace: true });

  useEffect(() => {
    if ((searchParams.get("q") ?? "") !== q) update({ q: q || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the debounced text drives the URL
  }, [q]);

  return {
    /** The search box's current text. */
    search,
    setSearch,
    /** The debounced search sent to the server, or undefined. */
    q: q || undefined,
    get: (key: string) => searchParams.get(key) ?? undefined,
    page: Math.max(1, Number(searchParams.get("page")) || 1),
    update,
  };
}
