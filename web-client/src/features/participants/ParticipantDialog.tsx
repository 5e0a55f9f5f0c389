import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { FormErrorBanner } from "../../components/ErrorBanner";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { UnitPicker } from "../../components/UnitPicker";
import type { Versioned } from "../../lib/api";
import { PARTICIPANT_KINDS, enumOptions } from "../../lib/enums";
import { useFieldErrors } from "../../lib/useFieldErrors";
import { PositionsEditor } from "./PositionsEditor";
import { useSaveParticipant, type ParticipantKind, type ParticipantResponse } from "./api";

interface ParticipantFormValues {
  kind: ParticipantKind | null;
  fullName: string;
  rank: string;
  positions: string[];
  unitId: string | null;
  phone: string;
  email: string;
  notes: string;
}

/** Adds a participant or edits one (with If-Match). Phone and email are shown only when the API sends them. */
export function ParticipantDialog({ existing, onClose, onSaved }: {
  existing?: Versioned<ParticipantResponse>; onClose: () => void; onSaved?: (participant: ParticipantResponse) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveParticipant();
  const current = existing?.data;
  const form = useForm<ParticipantFormValues>({
    mode: "controlled",
    initialValues: {
      kind: current?.kind ?? "individual",
      fullName: current?.fullName ?? "",
      rank: current?.rank ?? "",
      positions: current?.positions ?? [],
      unitId: current?.unitId ?? null,
      phone: current?.phone ?? "",
      email: current?.email ?? "",
      notes: current?.notes ?? "",
    },
  });
  // Empty position lines are not sent: the API's "positions[k]" is the k-th line that has text.
  const kept = form.values.positions.flatMap((p, i) => (p.trim() ? [i] : []));
  const { attachForm, ...errors } = useFieldErrors(form, Object.fromEntries(kept.map((i, k) => [`positions[${k}]`, `positions.${i}`])));
  const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

  const submit = form.onSubmit(async (values) => {
    errors.clear();
    try {
      const saved = await save.mutateAsync({
        id: current?.id,
        etag: existing?.etag,
        body: {
          kind: values.kind as ParticipantKind, fullName: values.fullName, rank: orNull(values.rank),
          // Empty lines are dropped; the order is kept.
          positions: values.positions.map((p) => p.trim()).filter(Boolean),
          unitId: values.unitId, phone: orNull(values.phone), email: orNull(values.email), notes: orNull(values.notes),
          isPlaceholder: current?.isPlaceholder ?? false,
        },
      });
      notifications.show({ message: t("common.saved"), color: "teal" });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      errors.show(error);
    }
  });

  return (
    <ResponsiveModal opened onClose={onClose} title={current ? t("participants.edit") : t("participants.new")}>
      <form ref={attachForm} onSubmit={submit} noValidate>
        <Stack>
          <FormErrorBanner state={errors} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t("participants.kind")} data={enumOptions(PARTICIPANT_KINDS, "participant.kind", t)} withAsterisk
              {...form.getInputProps("kind")} />
            <TextInput label={t("participants.rank")} placeholder={t("participants.rankPlaceholder")} {...form.getInputProps("rank")} />
          </SimpleGrid>
          <TextInput label={t("participants.fullName")} withAsterisk {...form.getInputProps("fullName")} />
          <PositionsEditor value={form.values.positions} onChange={(positions) => form.setFieldValue("positions", positions)}
            error={form.errors.positions} errorAt={(i) => form.errors[`positions.${i}`]} />
          <UnitPicker label={t("participants.unit")} clearable writableOnly {...form.getInputProps("unitId")} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t("participants.phone")} type="tel" {...form.getInputProps("phone")} />
            <TextInput label={t("participants.email")} type="email" {...form.getInputProps("email")} />
          </SimpleGrid>
          <Textarea label={t("participants.notes")} autosize minRows={2} {...form.getInputProps("notes")} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
