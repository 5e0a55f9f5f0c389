import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateFields";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { UnitMultiSelect } from "../../components/UnitMultiSelect";
import { UnitPicker } from "../../components/UnitPicker";
import { enumOptions, INITIATIVE_CATEGORIES, INITIATIVE_KINDS } from "../../lib/enums";
import type { InitiativeCategory, InitiativeInput, InitiativeKind, InitiativeResponse } from "../../lib/resources/initiatives";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { IndicatorsEditor, indicatorToRow, rowsToIndicators, type IndicatorRow } from "./IndicatorsEditor";

/** What the form holds: days as "2023-01-01" or null, empty text as "". */
export interface InitiativeFormValues {
  name: string;
  kind: InitiativeKind | null;
  category: InitiativeCategory | null;
  description: string;
  leadUnitId: string | null;
  partnerUnitIds: string[];
  startDate: string | null;
  endDate: string | null;
  indicators: IndicatorRow[];
}

export const emptyInitiativeForm = (): InitiativeFormValues => ({
  name: "", kind: null, category: null, description: "", leadUnitId: null, partnerUnitIds: [], startDate: null, endDate: null, indicators: [],
});

export function initiativeToForm(initiative: InitiativeResponse): InitiativeFormValues {
  return {
    name: initiative.name, kind: initiative.kind, category: initiative.category, description: initiative.description ?? "",
    leadUnitId: initiative.leadUnitId, partnerUnitIds: initiative.partnerUnitIds, startDate: initiative.startDate,
    endDate: initiative.endDate, indicators: initiative.indicators.map(indicatorToRow),
  };
}

/** The body as the API expects it (create and update take the same fields); empty required values go as null so the API names them. */
export function formToBody(values: InitiativeFormValues): InitiativeInput {
  return {
    name: values.name.trim(),
    kind: values.kind as InitiativeKind,
    category: values.category as InitiativeCategory,
    description: values.description.trim() || null,
    leadUnitId: values.leadUnitId as string,
    partnerUnitIds: values.partnerUnitIds,
    startDate: values.startDate,
    endDate: values.endDate,
    indicators: rowsToIndicators(values.indicators),
  };
}

/** Create and edit share this form; the API checks the rules, and its messages appear next to their fields and rows. */
export function InitiativeEditor({ initial, submitting, onSubmit, onCancel }: {
  initial: InitiativeFormValues;
  submitting: boolean;
  onSubmit: (body: InitiativeInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<InitiativeFormValues>({ mode: "controlled", initialValues: initial });
  const { attachForm, ...errors } = useFieldErrors(form);

  const save = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await onSubmit(formToBody(values));
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
            <Text fw={600}>{t("initiatives.editor.what")}</Text>
            <TextInput label={t("initiatives.editor.name")} withAsterisk placeholder={t("initiatives.editor.namePlaceholder")}
              {...form.getInputProps("name")} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t("initiatives.editor.kind")} data={enumOptions(INITIATIVE_KINDS, "initiatives.kind", t)} withAsterisk
                allowDeselect={false} {...form.getInputProps("kind")} />
              <Select label={t("initiatives.editor.category")} data={enumOptions(INITIATIVE_CATEGORIES, "initiatives.category", t)}
                withAsterisk allowDeselect={false} {...form.getInputProps("category")} />
            </SimpleGrid>
            <Textarea label={t("initiatives.editor.description")} autosize minRows={3} {...form.getInputProps("description")} />
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <Text fw={600}>{t("initiatives.editor.units")}</Text>
            <UnitPicker label={t("initiatives.editor.lead")} required writableOnly {...form.getInputProps("leadUnitId")} />
            <UnitMultiSelect label={t("initiatives.editor.partners")} description={t("initiatives.editor.partnersHint")}
              {...form.getInputProps("partnerUnitIds")} />
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <Text fw={600}>{t("initiatives.editor.period")}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField label={t("initiatives.editor.start")} {...form.getInputProps("startDate")} />
              <DateField label={t("initiatives.editor.end")} {...form.getInputProps("endDate")} />
            </SimpleGrid>
            <Text size="xs" c="dimmed">{t("initiatives.editor.periodHint")}</Text>
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
          <Stack>
            <Text fw={600}>{t("initiatives.editor.indicators")}</Text>
            <Text size="xs" c="dimmed">{t("initiatives.editor.indicatorsHint")}</Text>
            <IndicatorsEditor form={form} />
          </Stack>
        </Paper>

        <Group justify="end" wrap="wrap">
          <Button variant="default" onClick={onCancel}>{t("common.cancel")}</Button>
          <Button type="submit" loading={submitting}>{t("common.save")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
