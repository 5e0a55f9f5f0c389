import { Anchor, Badge, Button, Card, Group, List, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { AttendanceStatusBadge, SpeaksBadge } from "../../components/AttendanceBadges";
import { AwardsSection } from "../../components/AwardsSection";
import { DemoBadge } from "../../components/DemoBadge";
import { ErrorBanner } from "../../components/ErrorBanner";
import { NotFoundPage } from "../../components/PageState";
import { Paging } from "../../components/Paging";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { ApiError } from "../../lib/api";
import { useAuth, useWritableUnits } from "../../lib/auth";
import { formatDate, formatNumber } from "../../lib/format";
import { formatCheckedInAt, useParticipantEvents, type ParticipantEventResponse } from "../../lib/resources/attendance";
import { usePhone } from "../../lib/usePhone";
import { displayName, participantQueryOptions, useDeleteParticipant } from "./api";
import { ParticipantDialog } from "./ParticipantDialog";

/** A participant's profile: kind, rank, positions in order, unit; editing and deleting are actions on it. */
export function ParticipantPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { allows } = useWritableUnits();
  const { canWrite: canWriteAwards } = useAuth();
  // Read afresh on every visit, so an edit sends the current ETag.
  const query = useQuery({ ...participantQueryOptions(id), staleTime: 0 });
  const remove = useDeleteParticipant();
  const [editing, setEditing] = useState(false);
  const [confirming, confirm] = useDisclosure(false);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={240} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  const { data: participant, etag } = query.data;
  const canWrite = allows(participant.unitId);

  const deleteParticipant = async () => {
    try {
      await remove.mutateAsync({ id, etag });
      notifications.show({ message: t("common.deleted"), color: "teal" });
      await navigate("/participants");
    } finally {
      confirm.close();
    }
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/participants" size="sm">← {t("participants.title")}</Anchor>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={4}>
          {participant.isPlaceholder && <Group><DemoBadge kind="placeholder" /></Group>}
          <Title order={1}>{displayName(participant)}</Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" c="gray.9" radius="sm">{t(`participant.kind.${participant.kind}`)}</Badge>
          </Group>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>{t("common.edit")}</Button>
            <Button variant="subtle" color="red" onClick={confirm.open}>{t("common.delete")}</Button>
          </Group>
        )}
      </Group>
      <ErrorBanner error={remove.error} />

      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Item label={t("participants.rank")}>{participant.rank ?? t("common.none")}</Item>
          <Item label={t("participants.unit")}>
            {participant.unitId && participant.unitName
              ? <Anchor component={Link} to={`/units/${participant.unitId}`}>{participant.unitName}</Anchor>
              : t("common.none")}
          </Item>
          <Item label={t("participants.positions")}>
            {participant.positions.length === 0 ? t("common.none") : (
              <List type="ordered" size="md">
                {participant.positions.map((position, i) => <List.Item key={i}>{position}</List.Item>)}
              </List>
            )}
          </Item>
          {(participant.phone || participant.email) && (
            <Item label={t("participants.contact")}>{[participant.phone, participant.email].filter(Boolean).join(" · ")}</Item>
          )}
          {participant.notes && <Item label={t("participants.notes")}>{participant.notes}</Item>}
        </SimpleGrid>
      </Paper>

      <ParticipantEvents participantId={participant.id} />
      <AwardsSection title={t("awards.history.participantTitle")} filter={{ recipientId: participant.id }}
        columns={["form", "issuer", "decision", "status", "event"]} emptyText={t("awards.history.participantEmpty")}
        addTo={canWriteAwards ? `/awards/new?recipientId=${participant.id}` : undefined} />
      {editing && <ParticipantDialog existing={query.data} onClose={() => setEditing(false)} />}
      <ResponsiveModal opened={confirming} onClose={confirm.close} title={t("common.confirm")} size="md">
        <Text>{t("participants.confirmDelete", { name: participant.fullName })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={confirm.close}>{t("common.cancel")}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => void deleteParticipant().catch(() => undefined)}>{t("common.delete")}</Button>
        </Group>
      </ResponsiveModal>
    </Stack>
  );
}

const EVENTS_PAGE_SIZE = 10;

/** The events this person is on the list of, newest first: their role, whether they came, and whether they spoke. */
function ParticipantEvents({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [page, setPage] = useState(1);
  const events = useParticipantEvents(participantId, { page, pageSize: EVENTS_PAGE_SIZE });
  const items = events.data?.items ?? [];
  const total = events.data?.totalCount ?? 0;
  const when = (e: ParticipantEventResponse) => formatDate(e.startsAt);
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">{t("attendance.participant.events")}{events.data ? ` (${formatNumber(total)})` : ""}</Title>
      <ErrorBanner error={events.error} />
      {events.isPending && <Skeleton height={80} />}
      {events.data && items.length === 0 && (
        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md"><Text c="dimmed">{t("attendance.participant.noEvents")}</Text></Paper>
      )}
      {items.length > 0 && (phone ? (
        <Stack gap="sm">
          {items.map((e) => (
            <Card key={e.eventId} withBorder padding="md">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={600}>{when(e)}</Text>
                  <AttendanceStatusBadge status={e.status} />
                </Group>
                <Anchor component={Link} to={`/events/${e.eventId}`} fw={600}>{e.title}</Anchor>
                <Group gap="xs">
                  <Text size="sm">{t(`attendance.role.${e.role}`)}</Text>
                  {e.speaks && <SpeaksBadge />}
                </Group>
                {e.checkedInAt && <Text size="sm" c="dimmed">{t("attendance.checkedInAtShort", { at: formatCheckedInAt(e.checkedInAt) })}</Text>}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("attendance.participant.event")}</Table.Th>
                <Table.Th>{t("attendance.participant.date")}</Table.Th>
                <Table.Th>{t("attendance.columns.role")}</Table.Th>
                <Table.Th>{t("attendance.columns.status")}</Table.Th>
                <Table.Th>{t("attendance.columns.checkedInAt")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr key={e.eventId}>
                  <Table.Td><Anchor component={Link} to={`/events/${e.eventId}`} fw={500}>{e.title}</Anchor></Table.Td>
                  <Table.Td>{when(e)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Text size="sm">{t(`attendance.role.${e.role}`)}</Text>
                      {e.speaks && <SpeaksBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td><AttendanceStatusBadge status={e.status} /></Table.Td>
                  <Table.Td>{e.checkedInAt ? formatCheckedInAt(e.checkedInAt) : t("common.none")}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      <Paging total={total} pageSize={EVENTS_PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">{label}</Text>
      <div>{children}</div>
    </Stack>
  );
}
