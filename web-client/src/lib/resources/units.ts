// Reading units: shared by the units screens and every unit picker.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap, unwrapVersioned, type Schemas } from "../api";

export type UnitResponse = Schemas["UnitResponse"];

export const unitKeys = {
  all: ["units"] as const,
  everything: () => [...unitKeys.all, "all"] as const,
  search: (q: string) => [...unitKeys.all, "search", q] as const,
  detail: (id: string) => [...unitKeys.all, "detail", id] as const,
};

export const searchUnits = (q: string) => unwrap(api.GET("/api/v1/units", { params: { query: { q: q || undefined, pageSize: 20 } } }));

/** Every unit, page by page: the tree screen and the multi-unit pickers show them all. */
export async function fetchAllUnits(): Promise<UnitResponse[]> {
  const all: UnitResponse[] = [];
  for (let page = 1; ; page++) {
    const result = await unwrap(api.GET("/api/v1/units", { params: { query: { page, pageSize: 100, sort: "name" } } }));
    all.push(...result.items);
    if (all.length >= result.totalCount || result.items.length === 0) return all;
  }
}

export const fetchUnit = (id: string) => unwrapVersioned(api.GET("/api/v1/units/{id}", { params: { path: { id } } }));

export const allUnitsQueryOptions = () => queryOptions({ queryKey: unitKeys.everything(), queryFn: fetchAllUnits, staleTime: 30_000 });

export const unitSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: unitKeys.search(q), queryFn: () => searchUnits(q), placeholderData: keepPreviousData, staleTime: 60_000 });

export const unitQueryOptions = (id: string) => queryOptions({ queryKey: unitKeys.detail(id), queryFn: () => fetchUnit(id), staleTime: 30_000 });

export const useAllUnits = () => useQuery(allUnitsQueryOptions());

export const useUnitSearch = (q: string) => useQuery(unitSearchQueryOptions(q));

export const useUnit = (id: string | null | undefined) => useQuery({ ...unitQueryOptions(id ?? ""), enabled: !!id });
