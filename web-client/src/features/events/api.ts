import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../lib/api";
import type { operations } from "../../api/schema";

export type EventResponse = Schemas["EventResponse"];
export type EventStatus = Schemas["EventStatus"];
export type EventKind = Schemas["EventKind"];
export type ServiceKind = Schemas["ServiceKind"];
export type EventInput = Schemas["CreateEventCommand"];
export type EventListParams = NonNullable<operations["ListEvents"]["parameters"]["query"]>;

export const EVENT_KINDS: EventKind[] = ["festival", "meeting", "drill", "outreach", "ceremony", "other"];
export const EVENT_STATUSES: EventStatus[] = ["draft", "scheduled", "ongoing", "completed", "cancelled"];
export const SERVICE_KINDS: ServiceKind[] = [
  "administrativeProcedures", "citizenId", "electronicId", "residenceRegistration", "policyFamilyVisit", "other",
];

/** Mirrors the API's transitions so only possible actions are offered; the API still decides. */
export const NEXT_STATUSES: Record<EventStatus, EventStatus[]> = {
  draft: ["scheduled", "cancelled"],
  scheduled: ["ongoing", "draft", "cancelled"],
  ongoing: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

/** An event with the ETag it was read at, sent back as If-Match so a stale edit is refused. */
export interface VersionedEvent {
  event: EventResponse;
  etag: string | null;
}

export const eventKeys = {
  all: ["events"] as const,
  lists: () => [...eventKeys.all, "list"] as const,
  list: (params: EventListParams) => [...eventKeys.lists(), params] as const,
  detail: (id: string) => [...eventKeys.all, "detail", id] as const,
};

export const fetchEvents = (params: EventListParams) => unwrap(api.GET("/api/v1/events", { params: { query: params } }));

export async function fetchEvent(id: string): Promise<VersionedEvent> {
  const result = api.GET("/api/v1/events/{id}", { params: { path: { id } } });
  const event = await unwrap(result);
  return { event, etag: (await result).response.headers.get("ETag") };
}

export const eventsQueryOptions = (params: EventListParams) =>
  queryOptions({ queryKey: eventKeys.list(params), queryFn: () => fetchEvents(params), placeholderData: keepPreviousData });

export const eventQueryOptions = (id: string) => queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => fetchEvent(id) });

export const useEvents = (params: EventListParams) => useQuery(eventsQueryOptions(params));

export const useEvent = (id: string) => useQuery(eventQueryOptions(id));

function useInvalidateEvents() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: eventKeys.all });
}

export function useCreateEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (body: EventInput) => unwrap(api.POST("/api/v1/events", { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateEvent(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: ({ body, etag }: { body: EventInput; etag: string | null }) =>
      unwrap(api.PUT("/api/v1/events/{id}", { params: { path: { id } }, body, headers: etag ? { "If-Match": etag } : {} })),
    onSuccess: invalidate,
  });
}

export function useChangeEventStatus(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: ({ status, etag }: { status: EventStatus; etag: string | null }) =>
      unwrap(api.POST("/api/v1/events/{id}/status", { params: { path: { id } }, body: { status }, headers: etag ? { "If-Match": etag } : {} })),
    onSuccess: invalidate,
  });
}

export function useDeleteEvent(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (etag: string | null) =>
      unwrap(api.DELETE("/api/v1/events/{id}", { params: { path: { id } }, headers: etag ? { "If-Match": etag } : {} })),
    onSuccess: invalidate,
  });
}
