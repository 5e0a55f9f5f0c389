// Writing participants. Reading them is shared (lib/resources/participants), re-exported here for these screens.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap, type Schemas } from "../../lib/api";
import { participantKeys } from "../../lib/resources/participants";

export * from "../../lib/resources/participants";
export type ParticipantInput = Schemas["CreateParticipantCommand"];

export function useSaveParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id?: string; etag?: string | null; body: ParticipantInput }) =>
      id
        ? unwrap(api.PUT("/api/v1/participants/{id}", { params: { path: { id } }, body, headers: ifMatch(etag) }))
        : unwrap(api.POST("/api/v1/participants", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: participantKeys.all }),
  });
}

export function useDeleteParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null }) =>
      unwrap(api.DELETE("/api/v1/participants/{id}", { params: { path: { id } }, headers: ifMatch(etag) })),
    onSuccess: () => client.invalidateQueries({ queryKey: participantKeys.all }),
  });
}
