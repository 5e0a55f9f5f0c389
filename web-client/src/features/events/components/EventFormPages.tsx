import { Skeleton, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { ApiError } from "../../../lib/api";
import { useCreateEvent, useEvent, useUpdateEvent, type EventInput } from "../api";
import { EventForm, emptyEventForm, eventToForm } from "./EventForm";

export function CreateEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();

  const submit = async (body: EventInput, { schedule }: { schedule: boolean }) => {
    const { event, scheduleError } = await create.mutateAsync({ body, schedule });
    if (scheduleError) {
      const detail = scheduleError instanceof ApiError ? scheduleError.problem.detail : undefined;
      notifications.show({ message: t("events.form.savedNotScheduled", { detail: detail ?? "" }), color: "yellow", autoClose: 10_000 });
    } else {
      notifications.show({ message: schedule ? t("events.form.savedAndScheduled") : t("events.form.savedAsDraft"), color: "teal" });
    }
    await navigate(`/events/${event.id}`);
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t("events.form.createTitle")}</Title>
      <EventForm isNew initial={emptyEventForm} submitting={create.isPending} onSubmit={submit} onCancel={() => void navigate("/events")} />
    </Stack>
  );
}

export function EditEventPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useEvent(id);
  const update = useUpdateEvent(id);

  if (query.isPending) return <Skeleton height={320} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  const { data: event, etag } = query.data;

  const submit = async (body: EventInput) => {
    await update.mutateAsync({ body, etag });
    notifications.show({ message: t("common.saved"), color: "teal" });
    await navigate(`/events/${id}`);
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t("events.form.editTitle")}</Title>
      <EventForm key={`${event.id}-${etag}`} initial={eventToForm(event)} submitting={update.isPending} onSubmit={submit}
        onCancel={() => void navigate(`/events/${id}`)} />
    </Stack>
  );
}
