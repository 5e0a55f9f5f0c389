import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { AwardsSection } from "../../components/AwardsSection";
import { DemoBadge } from "../../components/DemoBadge";
import { ErrorBanner } from "../../components/ErrorBanner";
import { EventCards } from "../../components/EventCards";
import { NotFoundPage } from "../../components/PageState";
import { ApiError } from "../../lib/api";
import { useWritableUnits } from "../../lib/auth";
import { compareVietnamese, formatDate, formatTotal } from "../../lib/format";
import { useEvents } from "../../lib/resources/events";
import { displayName, useParticipants } from "../../lib/resources/participants";
import { useAllUnits, useUnit } from "./api";
import { UnitDialog } from "./UnitDialog";

/** One unit: its details, the units under it, the events it hosts and its participants. */
export function UnitPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { allows } = useWritableUnits();
  const canWrite = allows(id);
  const unit = useUnit(id);
  const units = useAllUnits();
  const events = useEvents({ hostUnitId: id, pageSize: 6, sort: "-startsAt" });
  const participants = useParticipants({ unitId: id, pageSize: 20 });
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);

  const children = useMemo(
    () => (units.data ?? []).filter((u) => u.parentId === id).sort((a, b) => compareVietnamese(a.name, b.name)),
    [units.data, id],
  );

  if (unit.error instanceof ApiError && unit.error.status === 404) return <NotFoundPage />;
  if (unit.isPending) return <Skeleton height={240} />;
  if (!unit.data) return <ErrorBanner error={unit.error} />;
  const { data: current, etag } = unit.data;
  const parent = units.data?.find((u) => u.id === current.parentId);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/units" size="sm">← {t("units.title")}</Anchor>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} td={current.dissolvedOn ? "line-through" : undefined}>{current.name}</Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" c="gray.9" radius="sm">{t(`unit.kind.${current.kind}`)}</Badge>
            <Text size="sm" c="dimmed">{t(`unit.level.${current.level}`)}</Text>
            {current.dissolvedOn && <Text size="sm" c="dimmed">({t("unit.dissolved", { date: formatDate(current.dissolvedOn) })})</Text>}
          </Group>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>{t("common.edit")}</Button>
            <Button variant="light" onClick={() => setAdding(true)}>{t("units.addChild")}</Button>
          </Group>
        )}
      </Group>

      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">{t("units.parent")}</Text>
            {parent ? <Anchor component={Link} to={`/units/${parent.id}`}>{parent.name}</Anchor> : <Text>{t("common.none")}</Text>}
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">{t("units.children")}</Text>
            {children.length === 0 ? <Text>{t("common.none")}</Text> : (
              <Stack gap={2}>
                {children.map((child) => (
                  <Anchor key={child.id} component={Link} to={`/units/${child.id}`} c={child.dissolvedOn ? "dimmed" : undefined}>
                    {child.name}
                  </Anchor>
                ))}
              </Stack>
            )}
          </Stack>
        </SimpleGrid>
      </Paper>

      <Group justify="space-between">
        <Title order={2} size="h3">{t("units.events")}</Title>
        <Anchor component={Link} to={`/events?hostUnitId=${id}`} size="sm">{t("home.seeAll")} →</Anchor>
      </Group>
      <ErrorBanner error={events.error} />
      <EventCards events={events.data?.items} loading={events.isPending} cols={{ base: 1, sm: 2, lg: 3 }} />
      {events.data?.items.length === 0 && <Text c="dimmed">{t("units.noEvents")}</Text>}

      <Title order={2} size="h3">
        {t("units.participants")} {participants.data ? `(${formatTotal(participants.data)})` : ""}
      </Title>
      <ErrorBanner error={participants.error} />
      {participants.isPending && <Skeleton height={80} />}
      {participants.data?.items.length === 0 && <Text c="dimmed">{t("units.noParticipants")}</Text>}
      {!!participants.data?.items.length && (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm">
            <Table.Tbody>
              {participants.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/participants/${p.id}`} fw={500}>{displayName(p)}</Anchor>
                      {p.isPlaceholder && <DemoBadge kind="placeholder" />}
                    </Group>
                    {p.positions.length > 0 && <Text size="xs" c="dimmed">{p.positions.join("; ")}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <AwardsSection title={t("awards.history.unitTitle")} filter={{ issuerUnitId: id }}
        columns={["recipient", "form", "decision", "status", "event"]} emptyText={t("awards.history.unitEmpty")}
        addTo={canWrite ? `/awards/new?issuerUnitId=${id}` : undefined} />

      {editing && <UnitDialog editing={{ unit: current, etag, parentId: current.parentId }} onClose={() => setEditing(false)} />}
      {adding && <UnitDialog editing={{ unit: null, parentId: current.id }} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
