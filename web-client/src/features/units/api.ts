import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../lib/api";

export type UnitResponse = Schemas["UnitResponse"];

export const unitKeys = {
  all: ["units"] as const,
  search: (q: string) => [...unitKeys.all, "search", q] as const,
  detail: (id: string) => [...unitKeys.all, "detail", id] as const,
};

export const searchUnits = (q: string) => unwrap(api.GET("/api/v1/units", { params: { query: { q: q || undefined, pageSize: 20 } } }));

/** Every unit, page by page: the tree screen shows them all. */
export async function fetchAllUnits(): Promise<UnitResponse[]> {
  const all: UnitResponse[] = [];
  for (let page = 1; ; page++) {
    const result = await unwrap(api.GET("/api/v1/units", { params: { query: { page, pageSize: 100, sort: "name" } } }));
    all.push(...result.items);
    if (all.length >= result.totalCount || result.items.length === 0) return all;
  }
}

export const useAllUnits = () => useQuery({ queryKey: [...unitKeys.all, "all"], queryFn: fetchAllUnits, staleTime: 30_000 });

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Schemas["CreateUnitCommand"] }) =>
      id ? unwrap(api.PUT("/api/v1/units/{id}", { params: { path: { id } }, body })) : unwrap(api.POST("/api/v1/units", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: unitKeys.all }),
  });
}

export const UNIT_KINDS: Schemas["UnitKind"][] = ["area", "authority", "partyCommittee", "police", "steeringCommittee", "residentialGroup", "organization"];
export const UNIT_LEVELS: Schemas["UnitLevel"][] = ["central", "province", "district", "commune", "grassroots"];

export const fetchUnit = (id: string) => unwrap(api.GET("/api/v1/units/{id}", { params: { path: { id } } }));

export const unitSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: unitKeys.search(q), queryFn: () => searchUnits(q), placeholderData: keepPreviousData, staleTime: 60_000 });

export const useUnitSearch = (q: string) => useQuery(unitSearchQueryOptions(q));

export const useUnit = (id: string | null | undefined) =>
  useQuery({ queryKey: unitKeys.detail(id ?? ""), queryFn: () => fetchUnit(id!), enabled: !!id, staleTime: 60_000 });
