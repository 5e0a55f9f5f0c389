// Reading and writing events' lists of participants (attendance): the event screens, the participant page, the print
// views and later the gate and awards use these.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { operations } from "../../api/schema";
import { api, ApiError, ifMatch, unwrap, unwrapVersioned, type Schemas } from "../api";
import { formatDate, formatTime } from "../format";
import { eventKeys } from "./events";

export type AttendanceResponse = Schemas["AttendanceResponse"];
export type AttendanceList = Schemas["AttendanceList"];
export type AttendanceCounts = Schemas["AttendanceCounts"];
export type AttendanceRole = Schemas["AttendanceRole"];
export type AttendanceStatus = Schemas["AttendanceStatus"];
export type ParticipantEventResponse = Schemas["ParticipantEventResponse"];
export type AttendanceListParams = NonNullable<operations["ListAttendance"]["parameters"]["query"]>;
export type ParticipantEventsParams = NonNullable<operations["ListParticipantEvents"]["parameters"]["query"]>;

export const attendanceKeys = {
  all: ["attendance"] as const,
  event: (eventId: string) => [...attendanceKeys.all, "event", eventId] as const,
  list: (eventId: string, params: AttendanceListParams) => [...attendanceKeys.event(eventId), "list", params] as const,
  everyone: (eventId: string) => [...attendanceKeys.event(eventId), "everyone"] as const,
  one: (eventId: string, participantId: string) => [...attendanceKeys.event(eventId), "one", participantId] as const,
  ofParticipant: (participantId: string, params: ParticipantEventsParams) =>
    [...attendanceKeys.all, "participant", participantId, params] as const,
};

export const fetchAttendanceList = (eventId: string, params: AttendanceListParams) =>
  unwrap(api.GET("/api/v1/events/{id}/participants", { params: { path: { id: eventId }, query: params } }));

/** The whole list, page by page (print views: badges and invitations for everyone). */
export async function fetchWholeAttendanceList(eventId: string): Promise<AttendanceResponse[]> {
  const all: AttendanceResponse[] = [];
  for (let page = 1; ; page++) {
    const result = await fetchAttendanceList(eventId, { page, pageSize: 100, sort: "fullName" });
    all.push(...result.items);
    if (all.length >= result.totalCount || result.items.length === 0) return all;
  }
}

export const fetchAttendance = (eventId: string, participantId: string) =>
  unwrapVersioned(api.GET("/api/v1/events/{id}/participants/{participantId}", { params: { path: { id: eventId, participantId } } }));

export const attendanceListQueryOptions = (eventId: string, params: AttendanceListParams) =>
  queryOptions({
    queryKey: attendanceKeys.list(eventId, params),
    queryFn: () => fetchAttendanceList(eventId, params),
    placeholderData: keepPreviousData,
  });

export const wholeAttendanceListQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: attendanceKeys.everyone(eventId), queryFn: () => fetchWholeAttendanceList(eventId) });

export const attendanceQueryOptions = (eventId: string, participantId: string) =>
  queryOptions({ queryKey: attendanceKeys.one(eventId, participantId), queryFn: () => fetchAttendance(eventId, participantId) });

export const participantEventsQueryOptions = (participantId: string, params: ParticipantEventsParams) =>
  queryOptions({
    queryKey: attendanceKeys.ofParticipant(participantId, params),
    queryFn: () => unwrap(api.GET("/api/v1/participants/{id}/events", { params: { path: { id: participantId }, query: params } })),
    placeholderData: keepPreviousData,
  });

/** While an event is under way its counts move with every check-in at the gate: an open list reads them again this often. */
export const LIVE_REFRESH_MS = 15_000;

/**
 * One page of an event's list (filters, search without diacritics, paging), with the counts of the whole list; `live`
 * (an ongoing event) reads it again every few seconds while the page is visible, so the counts follow the gate.
 */
export const useAttendanceList = (eventId: string, params: AttendanceListParams, live = false) =>
  useQuery({ ...attendanceListQueryOptions(eventId, params), refetchInterval: live ? LIVE_REFRESH_MS : false });

/** Everyone on an event's list (all pages). */
export const useWholeAttendanceList = (eventId: string) => useQuery(wholeAttendanceListQueryOptions(eventId));

/** One participant's place on an event's list, with its ETag. */
export const useAttendance = (eventId: string, participantId: string | null | undefined) =>
  useQuery({ ...attendanceQueryOptions(eventId, participantId ?? ""), enabled: !!participantId });

/** The events a participant is on the list of, newest first. */
export const useParticipantEvents = (participantId: string, params: ParticipantEventsParams = {}) =>
  useQuery(participantEventsQueryOptions(participantId, params));

/** After a change: the event's lists, the participants' pages (their events) and the event (a programme's speakers). */
function useInvalidateAttendance(eventId: string) {
  const client = useQueryClient();
  return () => Promise.all([
    client.invalidateQueries({ queryKey: attendanceKeys.event(eventId) }),
    client.invalidateQueries({ queryKey: [...attendanceKeys.all, "participant"] }),
    client.invalidateQueries({ queryKey: eventKeys.detail(eventId) }),
  ]);
}

export function useAddAttendance(eventId: string) {
  const invalidate = useInvalidateAttendance(eventId);
  return useMutation({
    mutationFn: (body: Schemas["AddAttendanceCommand"]) =>
      unwrap(api.POST("/api/v1/events/{id}/participants", { params: { path: { id: eventId } }, body })),
    onSuccess: invalidate,
  });
}

/**
 * The ETag of a row shown in a list (lists carry no ETags): reads the row afresh, and when it no longer matches what the
 * person saw, answers as the API does for a stale If-Match (412), so they reload before changing it.
 */
async function etagOf(seen: AttendanceResponse): Promise<string | null> {
  const current = await fetchAttendance(seen.eventId, seen.participantId);
  if (current.data.role !== seen.role || current.data.status !== seen.status) {
    throw new ApiError({ status: 412, title: "Precondition Failed" });
  }
  return current.etag;
}

export interface AttendanceChange {
  /** The row as the person saw it. */
  seen: AttendanceResponse;
  role: AttendanceRole;
  status: AttendanceStatus;
  /** The ETag read with the row, when there is one; otherwise the row is read again and compared (see etagOf). */
  etag?: string | null;
}

export function useUpdateAttendance(eventId: string) {
  const invalidate = useInvalidateAttendance(eventId);
  return useMutation({
    mutationFn: async ({ seen, role, status, etag }: AttendanceChange) =>
      unwrap(api.PUT("/api/v1/events/{id}/participants/{participantId}", {
        params: { path: { id: eventId, participantId: seen.participantId } },
        body: { role, status },
        headers: ifMatch(etag ?? await etagOf(seen)),
      })),
    onSettled: invalidate,
  });
}

export function useRemoveAttendance(eventId: string) {
  const invalidate = useInvalidateAttendance(eventId);
  return useMutation({
    mutationFn: async ({ seen, etag }: { seen: AttendanceResponse; etag?: string | null }) =>
      unwrap(api.DELETE("/api/v1/events/{id}/participants/{participantId}", {
        params: { path: { id: eventId, participantId: seen.participantId } },
        headers: ifMatch(etag ?? await etagOf(seen)),
      })),
    onSettled: invalidate,
  });
}

/** A check-in code as printed and read aloud: "7KQ2M9XDRA" → "7KQ2M-9XDRA". */
export function formatCheckInCode(code: string): string {
  const plain = code.replace(/[\s-]/g, "").toUpperCase();
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

/** When someone came through the gate, in Hà Nội time: "14/08/2023 18:52". */
export function formatCheckedInAt(iso: string): string {
  return `${formatDate(iso)} ${formatTime(iso)}`;
}
