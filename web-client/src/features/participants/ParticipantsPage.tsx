import { Anchor, Button, Group, Modal, Pagination, Paper, Select, Skeleton, Stack, Table, TagsInput, Text, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ApiError } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { useUrlFilters } from "../../lib/useUrlFilters";
import { useAuth } from "../auth/api";
import { UnitPicker } from "../units/UnitPicker";
import {
  PARTICIPANT_KINDS, useDeleteParticipant, useParticipant, useParticipants, useSaveParticipant,
  type ParticipantKind, type ParticipantListParams, type ParticipantResponse,
} from "./api";

const PAGE_SIZE = 20;

/** Officials, residents, households and collectives: search as you type without diacritics, filter by kind. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const { search, setSearch, q, get, page, update } = useUrlFilters();
  const kind = get("kind") as ParticipantKind | undefined;
  const [editing, setEditing] = useState<string | "new" | null>(null);

  const params: ParticipantListParams = { q, kind, page, pageSize: PAGE_SIZE };
  const participants = useParticipants(params);
  const total = participants.data?.totalCount ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("participants.title")}</Title>
        {canWrite && <Button onClick={() => setEditing("new")}>{t("participants.new")}</Button>}
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput type="search" label={t("common.search")} placeholder={t("participants.searchPlaceholder")} value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: "1 1 280px" }} />
        <Select label={t("participants.kind")} w={200} allowDeselect={false} value={kind ?? ""}
          data={[{ value: "", label: t("common.all") }, ...PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`participant.kind.${k}`) }))]}
          onChange={(value) => update({ kind: value || undefined })} />
      </Group>
      <ErrorBanner error={participants.error} />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("participants.fullName")}</Table.Th>
                <Table.Th>{t("participants.positions")}</Table.Th>
                <Table.Th>{t("participants.unit")}</Table.Th>
                <Table.Th>{t("participants.contact")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.isPending && (
                <Table.Tr><Table.Td colSpan={4}><Skeleton height={16} /></Table.Td></Table.Tr>
              )}
              {participants.data?.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {canWrite
                      ? <Anchor component="button" fw={500} onClick={() => setEditing(p.id)}>{displayName(p)}</Anchor>
                      : <Text fw={500}>{displayName(p)}</Text>}
                    <Text size="xs" c="dimmed">{t(`participant.kind.${p.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>{p.positions.join("; ") || t("common.none")}</Table.Td>
                  <Table.Td>{p.unitName ?? t("common.none")}</Table.Td>
                  <Table.Td>{[p.phone, p.email].filter(Boolean).join(" · ") || t("common.none")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {participants.data?.items.length === 0 && (
          <Stack align="center" p="xl" gap="xs">
            <Text fw={500}>{t("participants.empty")}</Text>
            <Text size="sm" c="dimmed">{t("participants.emptyAction")}</Text>
          </Stack>
        )}
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t("common.total", { total: formatNumber(total) })}</Text>
        {total > PAGE_SIZE && <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={(next) => update({ page: String(next) })} />}
      </Group>
      {editing && <ParticipantDialog id={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function displayName(p: ParticipantResponse) {
  return p.rank ? `${p.rank} ${p.fullName}` : p.fullName;
}

function ParticipantDialog({ id, onClose }: { id: string | null; onClose: () => void }) {
  const existing = useParticipant(id);
  if (id && existing.isPending) return null;
  return <ParticipantForm key={id ?? "new"} existing={existing.data} onClose={onClose} />;
}

function ParticipantForm({ existing, onClose }: { existing?: { participant: ParticipantResponse; etag: string | null }; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveParticipant();
  const remove = useDeleteParticipant();
  const current = existing?.participant;
  const [kind, setKind] = useState<ParticipantKind | null>(current?.kind ?? "individual");
  const [fullName, setFullName] = useState(current?.fullName ?? "");
  const [rank, setRank] = useState(current?.rank ?? "");
  const [positions, setPositions] = useState<string[]>(current?.positions ?? []);
  const [unitId, setUnitId] = useState<string | null>(current?.unitId ?? null);
  const [phone, setPhone] = useState(current?.phone ?? "");
  const [email, setEmail] = useState(current?.email ?? "");
  const [notes, setNotes] = useState(current?.notes ?? "");
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const orNull = (value: string) => (value.trim() === "" ? null : value.trim());
  const done = (message: string) => {
    notifications.show({ message, color: "teal" });
    onClose();
  };

  const submit = () =>
    save.mutate({
      id: current?.id,
      etag: existing?.etag,
      body: {
        kind: kind as ParticipantKind, fullName, rank: orNull(rank), positions, unitId,
        phone: orNull(phone), email: orNull(email), notes: orNull(notes),
      },
    }, { onSuccess: () => done(t("common.saved")) });

  return (
    <Modal opened onClose={onClose} title={current ? t("participants.edit") : t("participants.new")} size="lg">
      <Stack>
        <ErrorBanner error={save.error ?? remove.error} />
        <Group grow align="start">
          <Select label={t("participants.kind")} data={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`participant.kind.${k}`) }))}
            value={kind} onChange={(v) => setKind(v as ParticipantKind | null)} error={errors.kind?.join(" ")} withAsterisk />
          <TextInput label={t("participants.rank")} placeholder={t("participants.rankPlaceholder")} value={rank}
            onChange={(e) => setRank(e.currentTarget.value)} error={errors.rank?.join(" ")} />
        </Group>
        <TextInput label={t("participants.fullName")} value={fullName} onChange={(e) => setFullName(e.currentTarget.value)}
          error={errors.fullName?.join(" ")} withAsterisk />
        <TagsInput label={t("participants.positions")} description={t("participants.positionsHint")} value={positions} onChange={setPositions}
          error={errors.positions?.join(" ")} />
        <UnitPicker label={t("participants.unit")} value={unitId} onChange={setUnitId} error={errors.unitId?.join(" ")} clearable />
        <Group grow align="start">
          <TextInput label={t("participants.phone")} value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={errors.phone?.join(" ")} />
          <TextInput label={t("participants.email")} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email?.join(" ")} />
        </Group>
        <Textarea label={t("participants.notes")} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} error={errors.notes?.join(" ")} />
        <Group justify="space-between">
          {current ? (
            <Button variant="subtle" color="red" loading={remove.isPending}
              onClick={() => window.confirm(t("participants.confirmDelete", { name: current.fullName }))
                && remove.mutate({ id: current.id, etag: existing?.etag ?? null }, { onSuccess: () => done(t("common.deleted")) })}>
              {t("common.delete")}
            </Button>
          ) : <span />}
          <Group>
            <Button variant="default" onClick={onClose}>{t("common.cancel")}</Button>
            <Button loading={save.isPending} onClick={submit}>{t("common.save")}</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
