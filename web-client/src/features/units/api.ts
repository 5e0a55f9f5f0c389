import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../lib/api";

export type UnitResponse = Schemas["UnitResponse"];

export const unitKeys = {
  all: ["units"] as const,
  search: (q: string) => [...unitKeys.all, "search", q] as const,
  detail: (id: string) => [...unitKeys.all, "detail", id] as const,
};

export const searchUnits = (q: string) => unwrap(api.GET("/api/v1/units", { params: { query: { q: q || undefined, pageSize: 20 } } }));

export const fetchUnit = (id: string) => unwrap(api.GET("/api/v1/units/{id}", { params: { path: { id } } }));

export const unitSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: unitKeys.search(q), queryFn: () => searchUnits(q), placeholderData: keepPreviousData, staleTime: 60_000 });

export const useUnitSearch = (q: string) => useQuery(unitSearchQueryOptions(q));

export const useUnit = (id: string | null | undefined) =>
  useQuery({ queryKey: unitKeys.detail(id ?? ""), queryFn: () => fetchUnit(id!), enabled: !!id, staleTime: 60_000 });
