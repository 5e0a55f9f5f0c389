import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../lib/api";
import type { operations } from "../../api/schema";

export type ParticipantResponse = Schemas["ParticipantResponse"];
export type ParticipantInput = Schemas["CreateParticipantCommand"];
export type ParticipantKind = Schemas["ParticipantKind"];
export type ParticipantListParams = NonNullable<operations["ListParticipants"]["parameters"]["query"]>;
export const PARTICIPANT_KINDS: ParticipantKind[] = ["individual", "collective", "household"];

const keys = {
  all: ["participants"] as const,
  list: (params: ParticipantListParams) => [...keys.all, "list", params] as const,
  detail: (id: string) => [...keys.all, "detail", id] as const,
};

export const useParticipants = (params: ParticipantListParams) =>
  useQuery({ queryKey: keys.list(params), queryFn: () => unwrap(api.GET("/api/v1/participants", { params: { query: params } })), placeholderData: keepPreviousData });

export function useParticipant(id: string | null) {
  return useQuery({
    queryKey: keys.detail(id ?? ""),
    enabled: !!id,
    queryFn: async () => {
      const result = api.GET("/api/v1/participants/{id}", { params: { path: { id: id! } } });
      const participant = await unwrap(result);
      return { participant, etag: (await result).response.headers.get("ETag") };
    },
  });
}

export function useSaveParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id?: string; etag?: string | null; body: ParticipantInput }) =>
      id
        ? unwrap(api.PUT("/api/v1/participants/{id}", { params: { path: { id } }, body, headers: etag ? { "If-Match": etag } : {} }))
        : unwrap(api.POST("/api/v1/participants", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useDeleteParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null }) =>
      unwrap(api.DELETE("/api/v1/participants/{id}", { params: { path: { id } }, headers: etag ? { "If-Match": etag } : {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
