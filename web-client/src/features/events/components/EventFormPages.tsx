import { Skeleton, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { useCreateEvent, useEvent, useUpdateEvent, type EventInput } from "../api";
import { EventForm, emptyEventForm, eventToForm } from "./EventForm";

export function CreateEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();

  const submit = (body: EventInput) =>
    create.mutate(body, {
      onSuccess: (event) => {
        notifications.show({ message: t("common.saved"), color: "teal" });
        void navigate(`/events/${event.id}`);
      },
    });

  return (
    <Stack gap="lg">
      <Title order={1}>{t("events.form.createTitle")}</Title>
      <EventForm initial={emptyEventForm} submitting={create.isPending} error={create.error} onSubmit={submit} onCancel={() => void navigate("/events")} />
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
  const { event, etag } = query.data;

  const submit = (body: EventInput) =>
    update.mutate({ body, etag }, {
      onSuccess: () => {
        notifications.show({ message: t("common.saved"), color: "teal" });
        void navigate(`/events/${id}`);
      },
    });

  return (
    <Stack gap="lg">
      <Title order={1}>{t("events.form.editTitle")}</Title>
      <EventForm key={event.id} initial={eventToForm(event)} submitting={update.isPending} error={update.error} onSubmit={submit}
        onCancel={() => void navigate(`/events/${id}`)} />
    </Stack>
  );
}
