// Writing units. Reading them is shared (lib/resources/units), re-exported here for the unit screens.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap, type Schemas } from "../../lib/api";
import { unitKeys } from "../../lib/resources/units";

export * from "../../lib/resources/units";
export type UnitInput = Schemas["CreateUnitCommand"];

export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id?: string; etag?: string | null; body: UnitInput }) =>
      id
        ? unwrap(api.PUT("/api/v1/units/{id}", { params: { path: { id } }, body, headers: ifMatch(etag) }))
        : unwrap(api.POST("/api/v1/units", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: unitKeys.all }),
  });
}
