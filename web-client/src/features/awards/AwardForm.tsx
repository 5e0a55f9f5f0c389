import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateFields";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { ParticipantPicker } from "../../components/ParticipantPicker";
import { UnitPicker } from "../../components/UnitPicker";
import { AWARD_FORMS, enumOptions } from "../../lib/enums";
import type { AwardForm as AwardFormKind, AwardInput, AwardResponse, AwardStatus } from "../../lib/resources/awards";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { EventPicker } from "../../components/EventPicker";
import { InitiativePicker } from "../../components/InitiativePicker";

/** What the form holds: days as "2023-08-14" or null, empty text as "". */
export interface AwardFormValues {
  form: AwardFormKind | null;
  issuerUnitId: string | null;
  decisionNumber: string;
  decisionDate: string | null;
  recipientId: string | null;
  citation: string;
  eventId: string | null;
  initiativeId: string | null;
  presentedById: string | null;
  presentedOn: string | null;
  notes: string;
  status: AwardStatus;
}

export const emptyAwardForm: AwardFormValues = {
  form: null, issuerUnitId: null, decisionNumber: "", decisionDate: null, recipientId: null, citation: "", eventId: null, initiativeId: null,
  presentedById: null, presentedOn: null, notes: "", status: "proposed",
};

export function awardToForm(award: AwardResponse): AwardFormValues {
  return {
    form: award.form, issuerUnitId: award.issuerUnitId, decisionNumber: award.decisionNumber ?? "", decisionDate: award.decisionDate,
    recipientId: award.recipientId, citation: award.citation, eventId: award.eventId,
    initiativeId: award.initiativeId, presentedById: award.presentedById,
    presentedOn: award.presentedOn, notes: award.notes ?? "", status: award.status,
  };
}

/** The body as the API expects it; empty required values go as null so the API names them next to their fields. */
export function formToBody(values: AwardFormValues, isNew: boolean): AwardInput {
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  return {
    form: values.form as AwardFormKind,
    issuerUnitId: values.issuerUnitId as string,
    decisionNumber: text(values.decisionNumber),
    decisionDate: values.decisionDate,
    recipientId: values.recipientId as string,
    citation: values.citation.trim(),
    eventId: values.eventId,
    initiativeId: values.initiativeId,
    presentedById: values.presentedById,
    presentedOn: values.presentedOn,
    notes: text(values.notes),
    ...(isNew ? { status: values.status } : {}),
  };
}

/** The statuses a new award may start in (a past award is recorded as approved or presented). */
const INITIAL_STATUSES: AwardStatus[] = ["proposed", "approved", "presented"];

interface AwardFormProps {
  initial: AwardFormValues;
  isNew?: boolean;
  submitting: boolean;
  onSubmit: (body: AwardInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Create and edit share this form; the API checks the law's rules, and its messages appear next to their fields. */
export function AwardEditor({ initial, isNew = false, submitting, onSubmit, onCancel }: AwardFormProps) {
  const { t } = useTranslation();
  const form = useForm<AwardFormValues>({ mode: "controlled", initialValues: initial });
  const { attachForm, ...errors } = useFieldErrors(form);

  const save = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await onSubmit(formToBody(values, isNew));
    } catch (error) {
      errors.show(error);
    }
  });

  return (
    <form ref={attachForm} onSubmit={save} noValidate>
      <Stack gap="lg">
        <FormErrorBanner state={errors} />
        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <Text fw={600}>{t("awards.editor.what")}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t("awards.editor.form")} data={enumOptions(AWARD_FORMS, "awards.formName", t)} withAsterisk
                allowDeselect={false} {...form.getInputProps("form")} />
              <UnitPicker label={t("awards.editor.issuer")} required {...form.getInputProps("issuerUnitId")} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">{t("awards.editor.levelHint")}</Text>
            <ParticipantPicker label={t("awards.editor.recipient")} required {...form.getInputProps("recipientId")}
              onChange={(id) => form.setFieldValue("recipientId", id)} description={t("awards.editor.recipientHint")} />
            <Textarea label={t("awards.editor.citation")} withAsterisk autosize minRows={2} description={t("awards.editor.citationHint")}
              {...form.getInputProps("citation")} />
            <InitiativePicker label={t("initiatives.award.field")} description={t("initiatives.award.hint")}
              {...form.getInputProps("initiativeId")} />
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <Text fw={600}>{t("awards.editor.decision")}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t("awards.editor.decisionNumber")} placeholder="1234/QĐ-UBND" {...form.getInputProps("decisionNumber")} />
              <DateField label={t("awards.editor.decisionDate")} {...form.getInputProps("decisionDate")} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">{t("awards.editor.decisionHint")}</Text>
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <Text fw={600}>{t("awards.editor.presentation")}</Text>
            <EventPicker label={t("awards.editor.event")} {...form.getInputProps("eventId")} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ParticipantPicker label={t("awards.editor.presenter")} clearable {...form.getInputProps("presentedById")}
                onChange={(id) => form.setFieldValue("presentedById", id)} />
              <DateField label={t("awards.editor.presentedOn")} {...form.getInputProps("presentedOn")} />
            </SimpleGrid>
            <Textarea label={t("awards.editor.notes")} autosize minRows={2} {...form.getInputProps("notes")} />
          </Stack>
        </Paper>

        {isNew && (
          <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
            <Select label={t("awards.editor.initialStatus")} description={t("awards.editor.initialStatusHint")}
              data={INITIAL_STATUSES.map((value) => ({ value, label: t(`awards.status.${value}`) }))} allowDeselect={false}
              w={{ base: "100%", sm: 320 }} {...form.getInputProps("status")} />
          </Paper>
        )}

        <Group justify="end" wrap="wrap">
          <Button variant="default" onClick={onCancel}>{t("common.cancel")}</Button>
          <Button type="submit" loading={submitting}>{t("common.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
