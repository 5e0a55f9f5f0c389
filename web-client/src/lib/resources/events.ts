// Reading events: shared by the events screens, the overview and the unit page.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { operations } from "../../api/schema";
import { api, unwrap, unwrapVersioned, type Schemas } from "../api";

export type EventResponse = Schemas["EventResponse"];
export type EventStatus = Schemas["EventStatus"];
export type EventKind = Schemas["EventKind"];
export type ServiceKind = Schemas["ServiceKind"];
export type EventListParams = NonNullable<operations["ListEvents"]["parameters"]["query"]>;

export const eventKeys = {
  all: ["events"] as const,
  lists: () => [...eventKeys.all, "list"] as const,
  list: (params: EventListParams) => [...eventKeys.lists(), params] as const,
  detail: (id: string) => [...eventKeys.all, "detail", id] as const,
};

export const fetchEvents = (params: EventListParams) => unwrap(api.GET("/api/v1/events", { params: { query: params } }));

export const fetchEvent = (id: string) => unwrapVersioned(api.GET("/api/v1/events/{id}", { params: { path: { id } } }));

export const eventsQueryOptions = (params: EventListParams) =>
  queryOptions({ queryKey: eventKeys.list(params), queryFn: () => fetchEvents(params), placeholderData: keepPreviousData });

export const eventQueryOptions = (id: string) => queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => fetchEvent(id) });

export const useEvents = (params: EventListParams) => useQuery(eventsQueryOptions(params));

export const useEvent = (id: string) => useQuery(eventQueryOptions(id));
