// Awards: reading and writing them. The awards screens, the participant page, the event's awards tab and the unit page
// use these.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { operations } from "../../api/schema";
import { api, ifMatch, unwrap, unwrapVersioned, type Schemas } from "../api";

export type AwardResponse = Schemas["AwardResponse"];
export type AwardForm = Schemas["AwardForm"];
export type AwardStatus = Schemas["AwardStatus"];
export type AwardInput = Schemas["CreateAwardCommand"];
export type AwardUpdate = Schemas["UpdateAwardCommand"];
export type RevokeAwardInput = Schemas["RevokeAwardCommand"];
export type AwardListParams = NonNullable<operations["ListAwards"]["parameters"]["query"]>;
export type ParticipantAwardsParams = NonNullable<operations["ListParticipantAwards"]["parameters"]["query"]>;

export const awardKeys = {
  all: ["awards"] as const,
  lists: () => [...awardKeys.all, "list"] as const,
  list: (params: AwardListParams) => [...awardKeys.lists(), params] as const,
  detail: (id: string) => [...awardKeys.all, "detail", id] as const,
  ofParticipant: (participantId: string, params: ParticipantAwardsParams) =>
    [...awardKeys.all, "participant", participantId, params] as const,
};

export const fetchAwards = (params: AwardListParams) => unwrap(api.GET("/api/v1/awards", { params: { query: params } }));

export const fetchAward = (id: string) => unwrapVersioned(api.GET("/api/v1/awards/{id}", { params: { path: { id } } }));

export const awardsQueryOptions = (params: AwardListParams) =>
  queryOptions({ queryKey: awardKeys.list(params), queryFn: () => fetchAwards(params), placeholderData: keepPreviousData });

export const awardQueryOptions = (id: string) => queryOptions({ queryKey: awardKeys.detail(id), queryFn: () => fetchAward(id) });

export const participantAwardsQueryOptions = (participantId: string, params: ParticipantAwardsParams) =>
  queryOptions({
    queryKey: awardKeys.ofParticipant(participantId, params),
    queryFn: () => unwrap(api.GET("/api/v1/participants/{id}/awards", { params: { path: { id: participantId }, query: params } })),
    placeholderData: keepPreviousData,
  });

/** One page of awards (search without diacritics, filters, paging). */
export const useAwards = (params: AwardListParams, enabled = true) => useQuery({ ...awardsQueryOptions(params), enabled });

/** One award with its ETag; read afresh on every visit so a change sends the current version. */
export const useAward = (id: string) => useQuery({ ...awardQueryOptions(id), staleTime: 0 });

/** A participant's awards, newest decision first. */
export const useParticipantAwards = (participantId: string, params: ParticipantAwardsParams = {}) =>
  useQuery(participantAwardsQueryOptions(participantId, params));

function useInvalidateAwards() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: awardKeys.all });
}

export function useCreateAward() {
  const invalidate = useInvalidateAwards();
  return useMutation({
    mutationFn: (body: AwardInput) => unwrap(api.POST("/api/v1/awards", { body })),
    onSuccess: invalidate,
  });
}

export const updateAward = (id: string, body: AwardUpdate, etag: string | null) =>
  unwrapVersioned(api.PUT("/api/v1/awards/{id}", { params: { path: { id } }, body, headers: ifMatch(etag) }));

export function useUpdateAward(id: string) {
  const invalidate = useInvalidateAwards();
  return useMutation({
    mutationFn: ({ body, etag }: { body: AwardUpdate; etag: string | null }) => updateAward(id, body, etag),
    onSuccess: invalidate,
  });
}

/** The details as PUT takes them back (read-only fields left out). */
export function awardToUpdate(award: AwardResponse): AwardUpdate {
  return {
    form: award.form, issuerUnitId: award.issuerUnitId, decisionNumber: award.decisionNumber, decisionDate: award.decisionDate,
    recipientId: award.recipientId, citation: award.citation, eventId: award.eventId, initiativeId: award.initiativeId,
    presentedById: award.presentedById, presentedOn: award.presentedOn, notes: award.notes,
  };
}

export interface StatusChange {
  status: AwardStatus;
  etag: string | null;
  /**
   * Details the move needs, written first (approving needs the decision's number and date, presenting the date it was
   * presented): the award as read, with these fields changed.
   */
  details?: { award: AwardResponse; changes: Partial<AwardUpdate> };
}

/** Moves an award along its lifecycle; when the move needs details, saves them first (with If-Match), then moves. */
export function useChangeAwardStatus(id: string) {
  const invalidate = useInvalidateAwards();
  return useMutation({
    mutationFn: async ({ status, etag, details }: StatusChange) => {
      let version = etag;
      if (details) {
        const current = awardToUpdate(details.award);
        const next = { ...current, ...details.changes };
        const changed = (Object.keys(details.changes) as (keyof AwardUpdate)[]).some((key) => next[key] !== current[key]);
        if (changed) version = (await updateAward(id, next, etag)).etag;
      }
      return unwrap(api.POST("/api/v1/awards/{id}/status", { params: { path: { id } }, body: { status }, headers: ifMatch(version) }));
    },
    onSettled: invalidate,
  });
}

export function useRevokeAward(id: string) {
  const invalidate = useInvalidateAwards();
  return useMutation({
    mutationFn: ({ body, etag }: { body: RevokeAwardInput; etag: string | null }) =>
      unwrap(api.POST("/api/v1/awards/{id}/revocation", { params: { path: { id } }, body, headers: ifMatch(etag) })),
    onSuccess: invalidate,
  });
}

export function useDeleteAward(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) => unwrap(api.DELETE("/api/v1/awards/{id}", { params: { path: { id } }, headers: ifMatch(etag) })),
    onSuccess: () => {
      client.removeQueries({ queryKey: awardKeys.detail(id) });
      return client.invalidateQueries({ queryKey: awardKeys.lists() });
    },
  });
}

/** A date as the API writes it ("2023-08-14") shown the Vietnamese way: "14/08/2023". */
export function formatDay(day: string | null | undefined): string | null {
  if (!day) return null;
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}
