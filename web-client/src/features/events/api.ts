// Writing events. Reading them is shared (lib/resources/events), re-exported here for the event screens.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap, type Schemas } from "../../lib/api";
import { attendanceKeys } from "../../lib/resources/attendance";
import { eventKeys, type EventStatus } from "../../lib/resources/events";

export * from "../../lib/resources/events";
export type EventInput = Schemas["CreateEventCommand"];

function useInvalidateEvents() {
  const client = useQueryClient();
  // The lists of participants too: a programme's speakers are put on the list and marked as speaking.
  return () => Promise.all([
    client.invalidateQueries({ queryKey: eventKeys.all }),
    client.invalidateQueries({ queryKey: attendanceKeys.all }),
  ]);
}

export const createEvent = (body: EventInput) => unwrap(api.POST("/api/v1/events", { body }));

export const changeEventStatus = (id: string, status: EventStatus, etag: string | null) =>
  unwrap(api.POST("/api/v1/events/{id}/status", { params: { path: { id } }, body: { status }, headers: ifMatch(etag) }));

/** Creates an event (a draft), and with `schedule` moves it to scheduled straight away. */
export function useCreateEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: async ({ body, schedule }: { body: EventInput; schedule?: boolean }) => {
      const event = await createEvent(body);
      if (!schedule) return { event, scheduleError: null };
      try {
        return { event: await changeEventStatus(event.id, "scheduled", null), scheduleError: null };
      } catch (scheduleError) {
        // The event exists as a draft; the caller says why it was not scheduled.
        return { event, scheduleError };
      }
    },
    onSuccess: invalidate,
  });
}

export function useUpdateEvent(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: ({ body, etag }: { body: EventInput; etag: string | null }) =>
      unwrap(api.PUT("/api/v1/events/{id}", { params: { path: { id } }, body, headers: ifMatch(etag) })),
    onSuccess: invalidate,
  });
}

export function useChangeEventStatus(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: ({ status, etag }: { status: EventStatus; etag: string | null }) => changeEventStatus(id, status, etag),
    onSuccess: invalidate,
  });
}

export function useDeleteEvent(id: string) {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (etag: string | null) =>
      unwrap(api.DELETE("/api/v1/events/{id}", { params: { path: { id } }, headers: ifMatch(etag) })),
    onSuccess: invalidate,
  });
}
