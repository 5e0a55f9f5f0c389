import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateFields";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { ApiError } from "../../lib/api";
import { notifyDone } from "../../lib/notify";
import { useRecordMeasurement, type IndicatorResponse, type MeasurementInput } from "../../lib/resources/initiatives";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { toWallClock } from "../../lib/wallClock";
import { toNumber } from "./IndicatorsEditor";

export interface MeasurementFormValues {
  /** What NumberInput holds: a number, or "" while empty. */
  value: number | string;
  measuredOn: string | null;
  note: string;
}

/** Today in Hà Nội as "2023-08-14", whatever the browser's zone. */
export function todayInHanoi(now = new Date()): string {
  return (toWallClock(now.toISOString()) as string).slice(0, 10);
}

/** The body as the API expects it; an empty value goes as null so the API names it next to its field. */
export function measurementBody(values: MeasurementFormValues): MeasurementInput {
  return { value: toNumber(values.value) as number, measuredOn: values.measuredOn as string, note: values.note.trim() || null };
}

/**
 * Where a refused measurement's words go: the API's field errors (value, measuredOn) next to their fields; the 409 of a
 * second value on the same day next to the date, since that is what to change. Anything else stays in the banner.
 */
export function placeMeasurementError(error: unknown): { field: "measuredOn"; message: string } | null {
  if (error instanceof ApiError && error.status === 409) return { field: "measuredOn", message: error.problem.detail ?? error.message };
  return null;
}

/** Records one value of an indicator on a day; the API checks the rules and its words appear next to the fields. */
export function MeasurementForm({ initiativeId, indicator, onDone, onCancel }: {
  initiativeId: string;
  indicator: IndicatorResponse;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMeasurement(initiativeId, indicator.id);
  const form = useForm<MeasurementFormValues>({ mode: "controlled", initialValues: { value: "", measuredOn: todayInHanoi(), note: "" } });
  const { attachForm, ...errors } = useFieldErrors(form);

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await record.mutateAsync(measurementBody(values));
      notifyDone(t("initiatives.measurement.added"));
      form.reset();
      onDone?.();
    } catch (error) {
      const placed = placeMeasurementError(error);
      if (placed) form.setFieldError(placed.field, placed.message);
      else errors.show(error);
    }
  });

  return (
    <form ref={attachForm} onSubmit={submit} noValidate aria-label={t("initiatives.measurement.formLabel", { name: indicator.name })}>
      <Stack gap="sm">
        <FormErrorBanner state={errors} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput label={t("initiatives.measurement.value", { unit: indicator.unit })} withAsterisk decimalSeparator=","
            thousandSeparator="." hideControls inputMode="decimal" data-autofocus {...form.getInputProps("value")} />
          <DateField label={t("initiatives.measurement.measuredOn")} withAsterisk {...form.getInputProps("measuredOn")} />
          <TextInput label={t("initiatives.measurement.note")} placeholder={t("initiatives.measurement.notePlaceholder")}
            {...form.getInputProps("note")} />
        </SimpleGrid>
        <Group justify="end" gap="sm">
          {onCancel && <Button variant="default" onClick={onCancel}>{t("common.cancel")}</Button>}
          <Button type="submit" loading={record.isPending}>{t("initiatives.measurement.submit")}</Button>
        </Group>
      </Stack>
    </form>
  );
}
