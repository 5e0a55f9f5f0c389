import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateFields";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { UnitPicker } from "../../components/UnitPicker";
import type { Schemas } from "../../lib/api";
import { UNIT_KINDS, UNIT_LEVELS, enumOptions } from "../../lib/enums";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { useQuery } from "@tanstack/react-query";
import { unitQueryOptions, useSaveUnit, type UnitResponse } from "./api";

const useUnitForEdit = (id: string) => useQuery({ ...unitQueryOptions(id), staleTime: 0 });

export type UnitEditing = { unit: UnitResponse | null; etag?: string | null; parentId: string | null };

interface UnitFormValues {
  name: string;
  kind: Schemas["UnitKind"] | null;
  level: Schemas["UnitLevel"] | null;
  parentId: string | null;
  dissolvedOn: string | null;
}

/** Creates a unit (under a parent, or at the top) or edits one, with If-Match when editing. */
export function UnitDialog({ editing, onClose }: { editing: UnitEditing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUnit();
  const form = useForm<UnitFormValues>({
    mode: "controlled",
    initialValues: {
      name: editing.unit?.name ?? "",
      kind: editing.unit?.kind ?? null,
      level: editing.unit?.level ?? null,
      parentId: editing.parentId,
      dissolvedOn: editing.unit?.dissolvedOn ?? null,
    },
  });
  const { attachForm, ...errors } = useFieldErrors(form);

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      await save.mutateAsync({
        id: editing.unit?.id,
        etag: editing.etag,
        body: { ...values, kind: values.kind as Schemas["UnitKind"], level: values.level as Schemas["UnitLevel"] },
      });
      notifications.show({ message: t("common.saved"), color: "teal" });
      onClose();
    } catch (error) {
      errors.show(error);
    }
  });

  return (
    <ResponsiveModal opened onClose={onClose} title={editing.unit ? t("units.edit") : t("units.new")}>
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorBanner state={errors} />
          <TextInput label={t("units.name")} withAsterisk data-autofocus {...form.getInputProps("name")} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t("units.kind")} data={enumOptions(UNIT_KINDS, "unit.kind", t)} withAsterisk {...form.getInputProps("kind")} />
            <Select label={t("units.level")} data={enumOptions(UNIT_LEVELS, "unit.level", t)} withAsterisk {...form.getInputProps("level")} />
          </SimpleGrid>
          <UnitPicker label={t("units.parent")} clearable writableOnly {...form.getInputProps("parentId")} />
          <DateField label={t("units.dissolvedOn")} description={t("units.dissolvedHint")} {...form.getInputProps("dissolvedOn")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/** Edits a unit read afresh, so the save carries its current ETag. */
export function UnitEditDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const unit = useUnitForEdit(id);
  if (!unit.data) return null;
  return <UnitDialog editing={{ unit: unit.data.data, etag: unit.data.etag, parentId: unit.data.data.parentId }} onClose={onClose} />;
}
