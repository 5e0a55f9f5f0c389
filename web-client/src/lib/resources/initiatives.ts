// Security initiatives ("mô hình, chuyên đề"): reading and writing them, their indicators' measured values and their
// links to events. The initiatives screens, the event's initiatives tab and the award form's picker use these.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { operations } from "../../api/schema";
import { api, ifMatch, unwrap, unwrapVersioned, type Schemas } from "../api";

export type InitiativeResponse = Schemas["InitiativeResponse"];
export type InitiativeKind = Schemas["InitiativeKind"];
export type InitiativeCategory = Schemas["InitiativeCategory"];
export type InitiativeStatus = Schemas["InitiativeStatus"];
export type IndicatorResponse = Schemas["IndicatorResponse"];
export type IndicatorDirection = Schemas["IndicatorDirection"];
export type IndicatorInput = Schemas["IndicatorInput"];
export type InitiativeInput = Schemas["CreateInitiativeCommand"];
export type InitiativeUpdate = Schemas["UpdateInitiativeCommand"];
export type MeasurementResponse = Schemas["MeasurementResponse"];
export type MeasurementInput = Schemas["RecordMeasurementCommand"];
export type InitiativeListParams = NonNullable<operations["ListInitiatives"]["parameters"]["query"]>;

export const initiativeKeys = {
  all: ["initiatives"] as const,
  lists: () => [...initiativeKeys.all, "list"] as const,
  list: (params: InitiativeListParams) => [...initiativeKeys.lists(), params] as const,
  detail: (id: string) => [...initiativeKeys.all, "detail", id] as const,
  measurements: (id: string, indicatorId: string) => [...initiativeKeys.all, "measurements", id, indicatorId] as const,
};

export const fetchInitiatives = (params: InitiativeListParams) =>
  unwrap(api.GET("/api/v1/initiatives", { params: { query: params } }));

export const fetchInitiative = (id: string) => unwrapVersioned(api.GET("/api/v1/initiatives/{id}", { params: { path: { id } } }));

export const initiativesQueryOptions = (params: InitiativeListParams) =>
  queryOptions({ queryKey: initiativeKeys.list(params), queryFn: () => fetchInitiatives(params), placeholderData: keepPreviousData });

export const initiativeQueryOptions = (id: string) =>
  queryOptions({ queryKey: initiativeKeys.detail(id), queryFn: () => fetchInitiative(id) });

/** One page of initiatives (search without diacritics, filters, paging). */
export const useInitiatives = (params: InitiativeListParams, enabled = true) => useQuery({ ...initiativesQueryOptions(params), enabled });

/** The initiatives presented or reviewed at an event: the event's tab and its label's count ask the same (one request). */
export const eventInitiativesParams = (eventId: string): InitiativeListParams => ({ eventId, pageSize: 100, sort: "name" });

/** One initiative with its ETag; read afresh on every visit so a change sends the current version. */
export const useInitiative = (id: string | null | undefined) =>
  useQuery({ ...initiativeQueryOptions(id ?? ""), enabled: !!id, staleTime: 0 });

/** The most values a history shows (the API's largest page); a ward measures monthly at most. */
export const HISTORY_SIZE = 100;

/** An indicator's measured values, newest first. */
export const useMeasurements = (id: string, indicatorId: string) =>
  useQuery({
    queryKey: initiativeKeys.measurements(id, indicatorId),
    queryFn: () => unwrap(api.GET("/api/v1/initiatives/{id}/indicators/{indicatorId}/measurements", {
      params: { path: { id, indicatorId }, query: { pageSize: HISTORY_SIZE } },
    })),
  });

function useInvalidateInitiatives() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: initiativeKeys.all });
}

export function useCreateInitiative() {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: (body: InitiativeInput) => unwrap(api.POST("/api/v1/initiatives", { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateInitiative(id: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: ({ body, etag }: { body: InitiativeUpdate; etag: string | null }) =>
      unwrapVersioned(api.PUT("/api/v1/initiatives/{id}", { params: { path: { id } }, body, headers: ifMatch(etag) })),
    onSuccess: invalidate,
  });
}

/** Moves an initiative along proposed → active ⇄ suspended → completed, with If-Match. */
export function useChangeInitiativeStatus(id: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: ({ status, etag }: { status: InitiativeStatus; etag: string | null }) =>
      unwrap(api.POST("/api/v1/initiatives/{id}/status", { params: { path: { id } }, body: { status }, headers: ifMatch(etag) })),
    onSettled: invalidate,
  });
}

export function useDeleteInitiative(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) =>
      unwrap(api.DELETE("/api/v1/initiatives/{id}", { params: { path: { id } }, headers: ifMatch(etag) })),
    onSuccess: () => {
      client.removeQueries({ queryKey: initiativeKeys.detail(id) });
      return client.invalidateQueries({ queryKey: initiativeKeys.lists() });
    },
  });
}

export interface EventLinkChange {
  initiativeId: string;
  eventId: string;
  /** True to link, false to unlink. */
  linked: boolean;
  /** The initiative's version when it was read (the initiative's page has it; the event's tab does not). */
  etag?: string | null;
}

/** Links an event to an initiative or unlinks it (both idempotent). */
export function useInitiativeEventLink() {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: ({ initiativeId, eventId, linked, etag }: EventLinkChange) => {
      const options = { params: { path: { id: initiativeId, eventId } }, headers: ifMatch(etag) };
      return unwrap(linked
        ? api.PUT("/api/v1/initiatives/{id}/events/{eventId}", options)
        : api.DELETE("/api/v1/initiatives/{id}/events/{eventId}", options));
    },
    onSuccess: invalidate,
  });
}

/** Records an indicator's value on a day; the initiative (its latest values and progress) and the history are read again. */
export function useRecordMeasurement(id: string, indicatorId: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: (body: MeasurementInput) =>
      unwrap(api.POST("/api/v1/initiatives/{id}/indicators/{indicatorId}/measurements", { params: { path: { id, indicatorId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteMeasurement(id: string, indicatorId: string) {
  const invalidate = useInvalidateInitiatives();
  return useMutation({
    mutationFn: (measurementId: string) =>
      unwrap(api.DELETE("/api/v1/initiatives/{id}/indicators/{indicatorId}/measurements/{measurementId}", {
        params: { path: { id, indicatorId, measurementId } },
      })),
    onSuccess: invalidate,
  });
}

/**
 * The indicators a list shows for an initiative, most telling first: those with progress, then those with a value, then
 * the rest, each group in the officer's order; `limit` of them, and how many are left out.
 */
export function summaryIndicators<T extends Pick<IndicatorResponse, "progress" | "latestValue">>(indicators: T[], limit = 2) {
  const rank = (indicator: T) => (indicator.progress != null ? 0 : indicator.latestValue != null ? 1 : 2);
  const ordered = indicators.map((indicator, index) => ({ indicator, index }))
    .sort((a, b) => rank(a.indicator) - rank(b.indicator) || a.index - b.index)
    .map((x) => x.indicator);
  return { shown: ordered.slice(0, limit), more: Math.max(0, indicators.length - limit) };
}
