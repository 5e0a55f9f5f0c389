import { Anchor, Button, Card, Group, Paper, Select, Skeleton, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DemoBadge } from "../../components/DemoBadge";
import { Paging } from "../../components/Paging";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ExportMenu } from "../../components/ExportMenu";
import { useAuth } from "../../lib/auth";
import { PARTICIPANT_KINDS, enumOptions } from "../../lib/enums";
import { formatTotal, pagingTotal } from "../../lib/format";
import { usePhone } from "../../lib/usePhone";
import { useUrlFilters } from "../../lib/useUrlFilters";
import { displayName, useParticipants, type ParticipantKind, type ParticipantListParams } from "./api";
import { ImportDialog } from "./ImportDialog";
import { ParticipantDialog } from "./ParticipantDialog";

const PAGE_SIZE = 20;

/** Officials, residents, households and collectives: search as you type without diacritics, filter by kind. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const phone = usePhone();
  const { search, setSearch, q, get, page, update } = useUrlFilters();
  const kind = get("kind") as ParticipantKind | undefined;
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const params: ParticipantListParams = { q, kind, unitId: get("unitId"), page, pageSize: PAGE_SIZE };
  const participants = useParticipants(params);
  const items = participants.data?.items ?? [];


  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t("participants.title")}</Title>
        <Group gap="xs">
          <ExportMenu path="/api/v1/participants/export" query={{ q, kind, unitId: get("unitId") }} fileName="participants" />
          {canWrite && <Button variant="default" onClick={() => setImporting(true)}>{t("sheets.importButton")}</Button>}
          {canWrite && <Button onClick={() => setCreating(true)}>{t("participants.new")}</Button>}
        </Group>
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput type="search" label={t("common.search")} placeholder={t("participants.searchPlaceholder")} value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: "1 1 280px" }} />
        <Select label={t("participants.kind")} w={{ base: "100%", xs: 200 }} allowDeselect={false} value={kind ?? ""}
          data={[{ value: "", label: t("common.all") }, ...enumOptions(PARTICIPANT_KINDS, "participant.kind", t)]}
          onChange={(value) => update({ kind: value || undefined })} />
      </Group>
      <ErrorBanner error={participants.error} />
      {phone ? (
        <Stack gap="sm">
          {participants.isPending && <Skeleton height={80} />}
          {items.map((p) => (
            <Card key={p.id} withBorder padding="md" component={Link} to={`/participants/${p.id}`}>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{displayName(p)}</Text>
                  {p.isPlaceholder && <DemoBadge kind="placeholder" />}
                </Group>
                {p.positions.length > 0 && <Text size="sm" lineClamp={2}>{p.positions.join("; ")}</Text>}
                <Text size="xs" c="dimmed">{[t(`participant.kind.${p.kind}`), p.unitName, p.phone].filter(Boolean).join(" · ")}</Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("participants.fullName")}</Table.Th>
                <Table.Th>{t("participants.positions")}</Table.Th>
                <Table.Th visibleFrom="md">{t("participants.unit")}</Table.Th>
                <Table.Th>{t("participants.contact")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.isPending && (
                <Table.Tr><Table.Td colSpan={4}><Skeleton height={16} /></Table.Td></Table.Tr>
              )}
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/participants/${p.id}`} fw={500}>{displayName(p)}</Anchor>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed">{t(`participant.kind.${p.kind}`)}</Text>
                      {p.isPlaceholder && <DemoBadge kind="placeholder" />}
                    </Group>
                  </Table.Td>
                  <Table.Td>{p.positions.join("; ") || t("common.none")}</Table.Td>
                  <Table.Td visibleFrom="md">{p.unitName ?? t("common.none")}</Table.Td>
                  <Table.Td>{[p.phone, p.email].filter(Boolean).join(" · ") || t("common.none")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {participants.data?.items.length === 0 && (
        <Stack align="center" p="xl" gap="xs">
          <Text fw={500}>{t("participants.empty")}</Text>
          <Text size="sm" c="dimmed">{t("participants.emptyAction")}</Text>
        </Stack>
      )}
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">{t("common.total", { total: formatTotal(participants.data) })}</Text>
        <Paging total={pagingTotal(participants.data, PAGE_SIZE)} pageSize={PAGE_SIZE} page={page} onChange={(next) => update({ page: String(next) })} />
      </Group>
      {creating && <ParticipantDialog onClose={() => setCreating(false)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </Stack>
  );
}
