import { ActionIcon, Button, Fieldset, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { ApiError } from "../../../lib/api";
import { fromLocalInput, toLocalInput } from "../../../lib/format";
import { UnitPicker } from "../../units/UnitPicker";
import { EVENT_KINDS, SERVICE_KINDS, type EventInput, type EventKind, type EventResponse, type ServiceKind } from "../api";

interface ServiceRow { kind: ServiceKind | null; description: string; count: number | string }
interface AgendaRow { startsAt: string; title: string }

export interface EventFormState {
  title: string;
  kind: EventKind | null;
  description: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  hostUnitId: string | null;
  organizerUnitId: string | null;
  services: ServiceRow[];
  agenda: AgendaRow[];
}

export const emptyEventForm: EventFormState = {
  title: "", kind: null, description: "", startsAt: "", endsAt: "", venue: "",
  hostUnitId: null, organizerUnitId: null, services: [], agenda: [],
};

export function eventToForm(event: EventResponse): EventFormState {
  return {
    title: event.title,
    kind: event.kind,
    description: event.description ?? "",
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    venue: event.venue ?? "",
    hostUnitId: event.hostUnitId,
    organizerUnitId: event.organizerUnitId,
    services: event.services.map((s) => ({ kind: s.kind, description: s.description ?? "", count: s.count ?? "" })),
    agenda: event.agenda.map((a) => ({ startsAt: toLocalInput(a.startsAt), title: a.title })),
  };
}

/** The body as the API expects it. Empty required values are sent as null so the API names them. */
export function formToBody(form: EventFormState): EventInput {
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  return {
    title: form.title,
    kind: form.kind as EventKind,
    description: text(form.description),
    startsAt: fromLocalInput(form.startsAt) as string,
    endsAt: fromLocalInput(form.endsAt) as string,
    venue: text(form.venue),
    hostUnitId: form.hostUnitId as string,
    organizerUnitId: form.organizerUnitId,
    services: form.services.map((s) => ({
      kind: s.kind as ServiceKind,
      description: text(s.description),
      count: s.count === "" ? null : Number(s.count),
    })),
    agenda: form.agenda.map((a) => ({ startsAt: fromLocalInput(a.startsAt) as string, title: a.title })),
  };
}

interface EventFormProps {
  initial: EventFormState;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: EventInput) => void;
  onCancel: () => void;
}

/** Create and edit share this form; the API validates, and its field errors appear next to their fields. */
export function EventForm({ initial, submitting, error, onSubmit, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const fieldError = (field: string) => fieldErrors[field]?.join(" ");
  const set = <K extends keyof EventFormState>(key: K, value: EventFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setService = (index: number, change: Partial<ServiceRow>) =>
    set("services", form.services.map((s, i) => (i === index ? { ...s, ...change } : s)));
  const setAgenda = (index: number, change: Partial<AgendaRow>) =>
    set("agenda", form.agenda.map((a, i) => (i === index ? { ...a, ...change } : a)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(formToBody(form));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorBanner error={error} />
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <TextInput label={t("events.form.title")} value={form.title} onChange={(e) => set("title", e.currentTarget.value)}
              error={fieldError("title")} withAsterisk />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t("events.form.kind")} data={EVENT_KINDS.map((k) => ({ value: k, label: t(`event.kind.${k}`) }))}
                value={form.kind} onChange={(v) => set("kind", v as EventKind | null)} error={fieldError("kind")} withAsterisk />
              <TextInput label={t("events.form.venue")} value={form.venue} onChange={(e) => set("venue", e.currentTarget.value)}
                error={fieldError("venue")} />
              <TextInput type="datetime-local" label={t("events.form.startsAt")} description={t("events.form.timeZoneHint")}
                value={form.startsAt} onChange={(e) => set("startsAt", e.currentTarget.value)} error={fieldError("startsAt")} withAsterisk />
              <TextInput type="datetime-local" label={t("events.form.endsAt")} description={t("events.form.timeZoneHint")}
                value={form.endsAt} onChange={(e) => set("endsAt", e.currentTarget.value)} error={fieldError("endsAt")} withAsterisk />
              <UnitPicker label={t("events.form.hostUnit")} value={form.hostUnitId} onChange={(v) => set("hostUnitId", v)}
                error={fieldError("hostUnitId")} required />
              <UnitPicker label={t("events.form.organizerUnit")} value={form.organizerUnitId} onChange={(v) => set("organizerUnitId", v)}
                error={fieldError("organizerUnitId")} clearable />
            </SimpleGrid>
            <Textarea label={t("events.form.description")} value={form.description} autosize minRows={3}
              onChange={(e) => set("description", e.currentTarget.value)} error={fieldError("description")} />
          </Stack>
        </Paper>

        <Fieldset legend={t("events.form.services")} radius="md">
          <Stack>
            {fieldError("services") && <Text c="red" size="sm">{fieldError("services")}</Text>}
            {form.services.map((service, i) => (
              <Group key={i} align="start" wrap="wrap">
                <Select label={t("events.form.serviceKind")} data={SERVICE_KINDS.map((k) => ({ value: k, label: t(`service.kind.${k}`) }))}
                  value={service.kind} onChange={(v) => setService(i, { kind: v as ServiceKind | null })}
                  error={fieldError(`services[${i}].kind`)} w={260} />
                <TextInput label={t("events.form.serviceDescription")} value={service.description} style={{ flex: 1, minWidth: 200 }}
                  onChange={(e) => setService(i, { description: e.currentTarget.value })} error={fieldError(`services[${i}].description`)} />
                <NumberInput label={t("events.form.serviceCount")} value={service.count} min={0} allowDecimal={false} thousandSeparator="."
                  decimalSeparator="," onChange={(v) => setService(i, { count: v })} error={fieldError(`services[${i}].count`)} w={140} />
                <ActionIcon variant="subtle" color="red" size={44} mt={24} aria-label={t("events.form.remove")}
                  onClick={() => set("services", form.services.filter((_, j) => j !== i))}>✕</ActionIcon>
              </Group>
            ))}
            <Button variant="light" onClick={() => set("services", [...form.services, { kind: null, description: "", count: "" }])} w="fit-content">
              {t("events.form.addService")}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t("events.form.agenda")} radius="md">
          <Stack>
            {form.agenda.map((item, i) => (
              <Group key={i} align="start" wrap="wrap">
                <TextInput type="datetime-local" label={t("events.form.agendaStartsAt")} value={item.startsAt} w={230}
                  onChange={(e) => setAgenda(i, { startsAt: e.currentTarget.value })}
                  error={fieldError(`agenda[${i}].startsAt`) ?? fieldError(`agenda[${i}]`)} />
                <TextInput label={t("events.form.agendaTitle")} value={item.title} style={{ flex: 1, minWidth: 220 }}
                  onChange={(e) => setAgenda(i, { title: e.currentTarget.value })} error={fieldError(`agenda[${i}].title`)} />
                <ActionIcon variant="subtle" color="red" size={44} mt={24} aria-label={t("events.form.remove")}
                  onClick={() => set("agenda", form.agenda.filter((_, j) => j !== i))}>✕</ActionIcon>
              </Group>
            ))}
            <Button variant="light" onClick={() => set("agenda", [...form.agenda, { startsAt: form.startsAt, title: "" }])} w="fit-content">
              {t("events.form.addAgendaItem")}
            </Button>
          </Stack>
        </Fieldset>

        <Group justify="end">
          <Button variant="default" onClick={onCancel}>{t("common.cancel")}</Button>
          <Button type="submit" loading={submitting}>{t("common.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
