import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { DateTimeField } from "../../../components/DateFields";
import { FormErrorBanner } from "../../../components/ErrorBanner";
import { ParticipantPicker } from "../../../components/ParticipantPicker";
import { UnitPicker } from "../../../components/UnitPicker";
import { fromWallClock, toWallClock } from "../../../lib/dates";
import { EVENT_KINDS, SERVICE_KINDS, enumOptions } from "../../../lib/enums";
import { useFieldErrors } from "../../../lib/useFieldErrors";
import type { EventInput, EventKind, EventResponse, ServiceKind } from "../api";

interface ServiceRow { kind: ServiceKind | null; description: string; count: number | string }
/** A programme item: a speaker picked from the participants (speakerId) and/or written by hand (speaker). */
interface AgendaRow { startsAt: string | null; title: string; speakerId: string | null; speaker: string; speakerName?: string | null }

/** What the form holds: times as Hà Nội wall clock ("2023-08-14 19:00:00"), empty values as "" or null. */
export interface EventFormValues {
  title: string;
  kind: EventKind | null;
  description: string;
  startsAt: string | null;
  endsAt: string | null;
  venue: string;
  hostUnitId: string | null;
  organizerUnitId: string | null;
  timesAreTentative: boolean;
  services: ServiceRow[];
  agenda: AgendaRow[];
}

export const emptyEventForm: EventFormValues = {
  title: "", kind: null, description: "", startsAt: null, endsAt: null, venue: "",
  hostUnitId: null, organizerUnitId: null, timesAreTentative: false, services: [], agenda: [],
};

export function eventToForm(event: EventResponse): EventFormValues {
  return {
    title: event.title,
    kind: event.kind,
    description: event.description ?? "",
    startsAt: toWallClock(event.startsAt),
    endsAt: toWallClock(event.endsAt),
    venue: event.venue ?? "",
    hostUnitId: event.hostUnitId,
    organizerUnitId: event.organizerUnitId,
    timesAreTentative: event.timesAreTentative ?? false,
    services: event.services.map((s) => ({ kind: s.kind, description: s.description ?? "", count: s.count ?? "" })),
    agenda: event.agenda.map((a) => ({
      startsAt: toWallClock(a.startsAt), title: a.title, speakerId: a.speakerId ?? null, speaker: a.speaker ?? "", speakerName: a.speakerName,
    })),
  };
}

/** The body as the API expects it. Empty required values are sent as null so the API names them. */
export function formToBody(form: EventFormValues): EventInput {
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  return {
    title: form.title,
    kind: form.kind as EventKind,
    description: text(form.description),
    startsAt: fromWallClock(form.startsAt) as string,
    endsAt: fromWallClock(form.endsAt) as string,
    venue: text(form.venue),
    hostUnitId: form.hostUnitId as string,
    organizerUnitId: form.organizerUnitId,
    timesAreTentative: form.timesAreTentative,
    services: form.services.map((s) => ({
      kind: s.kind as ServiceKind,
      description: text(s.description),
      count: s.count === "" ? null : Number(s.count),
    })),
    agenda: form.agenda.map((a) => ({
      startsAt: fromWallClock(a.startsAt) as string, title: a.title, speakerId: a.speakerId, speaker: text(a.speaker),
    })),
  };
}

interface EventFormProps {
  initial: EventFormValues;
  /** A new event: says it starts as a draft, and offers "save and schedule". */
  isNew?: boolean;
  submitting: boolean;
  /** Saves; resolves when saved, rejects with the API's error. */
  onSubmit: (body: EventInput, options: { schedule: boolean }) => Promise<unknown>;
  onCancel: () => void;
}

// A programme item's error about the item as a whole (e.g. outside the event's times) goes on its time.
const aliasesFor = (values: EventFormValues) =>
  Object.fromEntries(values.agenda.map((_, i) => [`agenda[${i}]`, `agenda.${i}.startsAt`]));

/** Create and edit share this form; the API validates, and its field errors appear next to their fields. */
export function EventForm({ initial, isNew, submitting, onSubmit, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const form = useForm<EventFormValues>({ mode: "controlled", initialValues: initial });
  const { attachForm, ...errors } = useFieldErrors(form, aliasesFor(form.values));

  const save = (schedule: boolean) => form.onSubmit(async (values) => {
    errors.clear();
    try {
      await onSubmit(formToBody(values), { schedule });
    } catch (error) {
      errors.show(error);
    }
  });

  return (
    <form ref={attachForm} onSubmit={save(false)} noValidate>
      <Stack gap="lg">
        {isNew && <Paper bg="gray.0" p="sm" radius="md"><Text size="sm">{t("events.form.startsAsDraft")}</Text></Paper>}
        <FormErrorBanner state={errors} />
        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <TextInput label={t("events.form.title")} withAsterisk {...form.getInputProps("title")} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t("events.form.kind")} data={enumOptions(EVENT_KINDS, "event.kind", t)} withAsterisk {...form.getInputProps("kind")} />
              <TextInput label={t("events.form.venue")} {...form.getInputProps("venue")} />
              <DateTimeField label={t("events.form.startsAt")} description={t("events.form.timeZoneHint")} withAsterisk
                {...form.getInputProps("startsAt")} />
              <DateTimeField label={t("events.form.endsAt")} description={t("events.form.timeZoneHint")} withAsterisk
                {...form.getInputProps("endsAt")} />
              <UnitPicker label={t("events.form.hostUnit")} required writableOnly {...form.getInputProps("hostUnitId")} />
              <UnitPicker label={t("events.form.organizerUnit")} clearable {...form.getInputProps("organizerUnitId")} />
            </SimpleGrid>
            <Checkbox label={t("events.form.timesAreTentative")} description={t("events.form.timesAreTentativeHint")}
              {...form.getInputProps("timesAreTentative", { type: "checkbox" })} />
            <Textarea label={t("events.form.description")} autosize minRows={3} {...form.getInputProps("description")} />
          </Stack>
        </Paper>

        <Fieldset legend={t("events.form.services")} radius="md">
          <Stack>
            {form.errors.services && <Text c="red" size="sm">{form.errors.services}</Text>}
            {form.values.services.map((_, i) => (
              <Group key={i} align="start" wrap="wrap">
                <Select label={t("events.form.serviceKind")} data={enumOptions(SERVICE_KINDS, "service.kind", t)}
                  w={{ base: "100%", sm: 260 }} {...form.getInputProps(`services.${i}.kind`)} />
                <TextInput label={t("events.form.serviceDescription")} style={{ flex: 1, minWidth: 200 }}
                  {...form.getInputProps(`services.${i}.description`)} />
                <NumberInput label={t("events.form.serviceCount")} min={0} allowDecimal={false} thousandSeparator="." decimalSeparator=","
                  w={140} {...form.getInputProps(`services.${i}.count`)} />
                <ActionIcon variant="subtle" color="red" size={44} mt={24} aria-label={t("events.form.remove")}
                  onClick={() => form.removeListItem("services", i)}>✕</ActionIcon>
              </Group>
            ))}
            <Button variant="light" onClick={() => form.insertListItem("services", { kind: null, description: "", count: "" })} w="fit-content">
              {t("events.form.addService")}
            </Button>
          </Stack>
        </Fieldset>

        <Fieldset legend={t("events.form.agenda")} radius="md">
          <Stack>
            {form.errors.agenda && <Text c="red" size="sm">{form.errors.agenda}</Text>}
            <Text size="sm" c="dimmed">{t("attendance.speakerPickerHint")} {t("attendance.speakerTextHint")}</Text>
            {form.values.agenda.map((_, i) => (
              <Paper key={i} withBorder p="sm" radius="md" bg="gray.0">
                <Group align="start" wrap="wrap">
                  <DateTimeField label={t("events.form.agendaStartsAt")} w={{ base: "100%", sm: 230 }}
                    {...form.getInputProps(`agenda.${i}.startsAt`)} />
                  <TextInput label={t("events.form.agendaTitle")} style={{ flex: 1, minWidth: 220 }}
                    {...form.getInputProps(`agenda.${i}.title`)} />
                  <ActionIcon variant="subtle" color="red" size={44} mt={24} aria-label={t("events.form.remove")}
                    onClick={() => form.removeListItem("agenda", i)}>✕</ActionIcon>
                </Group>
                <Group align="start" wrap="wrap" mt="xs">
                  <ParticipantPicker label={t("attendance.speakerPicker")} clearable
                    knownLabel={form.values.agenda[i]?.speakerName} style={{ flex: "1 1 260px" }}
                    {...form.getInputProps(`agenda.${i}.speakerId`)}
                    onChange={(id) => form.setFieldValue(`agenda.${i}.speakerId`, id)} />
                  <TextInput label={t("attendance.speakerText")} style={{ flex: "1 1 260px" }}
                    {...form.getInputProps(`agenda.${i}.speaker`)} />
                </Group>
              </Paper>
            ))}
            <Button variant="light" onClick={() => form.insertListItem("agenda", { startsAt: form.values.startsAt, title: "", speakerId: null, speaker: "" })} w="fit-content">
              {t("events.form.addAgendaItem")}
            </Button>
          </Stack>
        </Fieldset>

        <Group justify="end" wrap="wrap">
          <Button variant="default" onClick={onCancel}>{t("common.cancel")}</Button>
          {isNew && <Button variant="light" loading={submitting} onClick={() => void save(true)()}>{t("events.form.saveAndSchedule")}</Button>}
          <Button type="submit" loading={submitting}>{isNew ? t("events.form.saveDraft") : t("common.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
