import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Skeleton, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ErrorBanner } from "../../../components/ErrorBanner";
import { NotFoundPage } from "../../../components/PageState";
import { ApiError } from "../../../lib/api";
import { formatDate, formatDateTime, formatNumber, formatTime } from "../../../lib/format";
import { NEXT_STATUSES, useChangeEventStatus, useDeleteEvent, useEvent } from "../api";
import { useAuth } from "../../auth/api";
import { EventStatusBadge } from "./EventStatusBadge";

const TABS = ["overview", "programme", "services"] as const;
type Tab = (typeof TABS)[number];

export function EventDetailPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === searchParams.get("tab")) ?? "overview";
  const { canWrite } = useAuth();
  const query = useEvent(id);
  const changeStatus = useChangeEventStatus(id);
  const remove = useDeleteEvent(id);
  const [confirming, confirm] = useDisclosure(false);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={240} />;
  if (!query.data) return <ErrorBanner error={query.error} />;

  const { event, etag } = query.data;
  const sameDay = formatDate(event.startsAt) === formatDate(event.endsAt);
  const when = sameDay
    ? `${formatTime(event.startsAt)}–${formatTime(event.endsAt)} ${formatDate(event.startsAt)}`
    : `${formatDateTime(event.startsAt)} – ${formatDateTime(event.endsAt)}`;

  const deleteEvent = async () => {
    await remove.mutateAsync(etag);
    confirm.close();
    notifications.show({ message: t("common.deleted"), color: "teal" });
    await navigate("/events");
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/events" size="sm">← {t("events.title")}</Anchor>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{event.title}</Title>
          <Group gap="xs">
            <EventStatusBadge status={event.status} />
            <Text size="sm" c="dimmed">{t(`event.kind.${event.kind}`)} · {when}</Text>
          </Group>
        </Stack>
        {canWrite && <Group gap="xs" wrap="wrap">
          {NEXT_STATUSES[event.status].map((next) => (
            <Button key={next} variant={next === "cancelled" ? "subtle" : "light"} color={next === "cancelled" ? "red" : undefined}
              loading={changeStatus.isPending && changeStatus.variables?.status === next}
              onClick={() => changeStatus.mutate({ status: next, etag })}>
              {t(`event.action.${next}`)}
            </Button>
          ))}
          {event.status !== "cancelled" && (
            <Button component={Link} to={`/events/${event.id}/edit`} variant="default">{t("common.edit")}</Button>
          )}
          <Button variant="subtle" color="red" onClick={confirm.open}>{t("common.delete")}</Button>
        </Group>}
      </Group>

      <ErrorBanner error={changeStatus.error ?? remove.error} />

      <Tabs value={tab} onChange={(value) => setSearchParams({ tab: value ?? "overview" }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t("events.detail.overview")}</Tabs.Tab>
          <Tabs.Tab value="programme">{t("events.detail.programme")} ({event.agenda.length})</Tabs.Tab>
          <Tabs.Tab value="services">{t("events.detail.services")} ({event.services.length})</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="overview" pt="md">
          <Paper withBorder p="lg" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Field label={t("events.detail.when")} value={when} />
              <Field label={t("events.detail.venue")} value={event.venue} />
              <Field label={t("events.detail.host")} value={event.hostUnitName} />
              <Field label={t("events.detail.organizer")} value={event.organizerUnitName} />
            </SimpleGrid>
            {event.description && (
              <Stack gap={4} mt="lg">
                <Text size="sm" c="dimmed">{t("events.detail.description")}</Text>
                <Text style={{ whiteSpace: "pre-line" }}>{event.description}</Text>
              </Stack>
            )}
            <Anchor href={`/api/v1/events/${event.id}/calendar.ics`} mt="lg" display="inline-block">{t("events.detail.calendar")}</Anchor>
          </Paper>
        </Tabs.Panel>

        <Tabs.Panel value="programme" pt="md">
          {event.agenda.length === 0 ? <Text c="dimmed">{t("events.detail.noProgramme")}</Text> : (
            <Paper withBorder radius="md">
              <Table verticalSpacing="sm">
                <Table.Tbody>
                  {event.agenda.map((item) => (
                    <Table.Tr key={`${item.startsAt}-${item.title}`}>
                      <Table.Td w={90} fw={600}>{formatTime(item.startsAt)}</Table.Td>
                      <Table.Td>{item.title}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </Tabs.Panel>

        <Tabs.Panel value="services" pt="md">
          {event.services.length === 0 ? <Text c="dimmed">{t("events.detail.noServices")}</Text> : (
            <Paper withBorder radius="md">
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("events.form.serviceKind")}</Table.Th>
                    <Table.Th>{t("events.form.serviceDescription")}</Table.Th>
                    <Table.Th ta="right">{t("events.detail.count")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {event.services.map((service, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{t(`service.kind.${service.kind}`)}</Table.Td>
                      <Table.Td>{service.description ?? t("common.none")}</Table.Td>
                      <Table.Td ta="right">{service.count == null ? t("common.none") : formatNumber(service.count)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </Tabs.Panel>
      </Tabs>

      <Modal opened={confirming} onClose={confirm.close} title={t("common.confirm")} centered>
        <Text>{t("events.detail.confirmDelete", { title: event.title })}</Text>
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={confirm.close}>{t("common.cancel")}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => void deleteEvent().catch(() => confirm.close())}>{t("common.delete")}</Button>
        </Group>
      </Modal>
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text>{value ?? t("common.none")}</Text>
    </Stack>
  );
}
