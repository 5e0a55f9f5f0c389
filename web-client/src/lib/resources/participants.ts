// Reading participants: shared by the participants screens and the unit page.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { operations } from "../../api/schema";
import { api, unwrap, unwrapVersioned, type Schemas } from "../api";

export type ParticipantResponse = Schemas["ParticipantResponse"];
export type ParticipantKind = Schemas["ParticipantKind"];
export type ParticipantListParams = NonNullable<operations["ListParticipants"]["parameters"]["query"]>;

export const participantKeys = {
  all: ["participants"] as const,
  list: (params: ParticipantListParams) => [...participantKeys.all, "list", params] as const,
  detail: (id: string) => [...participantKeys.all, "detail", id] as const,
};

export const fetchParticipants = (params: ParticipantListParams) =>
  unwrap(api.GET("/api/v1/participants", { params: { query: params } }));

export const fetchParticipant = (id: string) => unwrapVersioned(api.GET("/api/v1/participants/{id}", { params: { path: { id } } }));

export const participantsQueryOptions = (params: ParticipantListParams) =>
  queryOptions({ queryKey: participantKeys.list(params), queryFn: () => fetchParticipants(params), placeholderData: keepPreviousData });

export const participantQueryOptions = (id: string) =>
  queryOptions({ queryKey: participantKeys.detail(id), queryFn: () => fetchParticipant(id) });

export const useParticipants = (params: ParticipantListParams) => useQuery(participantsQueryOptions(params));

export const useParticipant = (id: string | null | undefined) => useQuery({ ...participantQueryOptions(id ?? ""), enabled: !!id });

/** "Trung tướng Nguyễn Văn A": the rank before the name. */
export const displayName = (p: Pick<ParticipantResponse, "rank" | "fullName">) => (p.rank ? `${p.rank} ${p.fullName}` : p.fullName);
