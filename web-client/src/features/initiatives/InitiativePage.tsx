import { Anchor, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { AwardsSection } from "../../components/AwardsSection";
import { ErrorBanner } from "../../components/ErrorBanner";
import { EventPicker } from "../../components/EventPicker";
import { EventStatusBadge } from "../../components/EventStatusBadge";
import { InitiativeStatusBadge } from "../../components/InitiativeStatusBadge";
import { kindAndCategory, periodText } from "../../components/InitiativeList";
import { NotFoundPage } from "../../components/PageState";
import { ResponsiveModal } from "../../components/ResponsiveModal";
import { ApiError } from "../../lib/api";
import { useAuth, useWritableUnits } from "../../lib/auth";
import { formatDate } from "../../lib/format";
import { notifyDone } from "../../lib/notify";
import { formatDay } from "../../lib/resources/awards";
import {
  useChangeInitiativeStatus, useDeleteInitiative, useInitiative, useInitiativeEventLink, type InitiativeResponse, type InitiativeStatus,
} from "../../lib/resources/initiatives";
import { IndicatorCard } from "./IndicatorCard";
import "./print.css";

/** The label of a move: going back to "active" from a pause reads "resume". */
export function transitionLabel(from: InitiativeStatus, to: InitiativeStatus): string {
  return to === "active" && from === "suspended" ? "initiatives.action.resume" : `initiatives.action.${to}`;
}

/**
 * One initiative: what it is, who leads it and with whom, when; its status moves as buttons; the events where it was
 * presented; each indicator with its progress, history chart and table, and a form to add a measured value.
 */
export function InitiativePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { allows } = useWritableUnits();
  const { canWrite: canWriteAwards } = useAuth();
  const query = useInitiative(id);
  const changeStatus = useChangeInitiativeStatus(id);
  const remove = useDeleteInitiative(id);
  const [dialog, setDialog] = useState<"complete" | "delete" | null>(null);
  const close = () => setDialog(null);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={320} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  const { data: initiative, etag } = query.data;
  const canWrite = allows(initiative.leadUnitId);
  // One with measured values cannot be deleted (409): the page does not offer what will fail. Awards still may block it.
  const deletable = !initiative.indicators.some((indicator) => indicator.latestValue != null);
  const none = t("common.none");

  const move = (next: InitiativeStatus) => {
    if (next === "completed") setDialog("complete");
    else changeStatus.mutate({ status: next, etag }, { onSuccess: () => notifyDone(t(`initiatives.detail.moved.${next}`)) });
  };

  const deleteInitiative = async () => {
    await remove.mutateAsync(etag);
    close();
    notifyDone(t("common.deleted"));
    await navigate("/initiatives");
  };

  return (
    <Stack gap="lg" className="initiative-page">
      <Anchor component={Link} to="/initiatives" size="sm" className="no-print">← {t("initiatives.title")}</Anchor>
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: "1 1 420px" }}>
          <Text size="sm" fw={600} c="antqRed.8">{kindAndCategory(initiative, t)}</Text>
          <Title order={1}>{initiative.name}</Title>
          <Group gap="xs">
            <InitiativeStatusBadge status={initiative.status} />
            <Text size="sm" c="dimmed">{periodText(initiative, t) ?? t("initiatives.period.none")}</Text>
          </Group>
        </Stack>
        <Group gap="xs" wrap="wrap" className="no-print">
          {canWrite && initiative.allowedTransitions.map((next) => (
            <Button key={next} variant={next === "active" ? "filled" : "light"}
              loading={changeStatus.isPending && changeStatus.variables?.status === next} onClick={() => move(next)}>
              {t(transitionLabel(initiative.status, next))}
            </Button>
          ))}
          {canWrite && <Button component={Link} to={`/initiatives/${initiative.id}/edit`} variant="default">{t("common.edit")}</Button>}
          <Button variant="default" onClick={() => window.print()}>{t("common.print")}</Button>
          {canWrite && deletable && <Button variant="subtle" color="red" onClick={() => setDialog("delete")}>{t("common.delete")}</Button>}
        </Group>
      </Group>

      {!dialog && <StatusError error={changeStatus.error ?? remove.error} />}

      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Item label={t("initiatives.detail.lead")}>
            <Anchor component={Link} to={`/units/${initiative.leadUnitId}`}>{initiative.leadUnitName ?? none}</Anchor>
          </Item>
          <Item label={t("initiatives.detail.partners")}>
            {initiative.partners.length === 0 ? <Text c="dimmed" span>{t("initiatives.detail.noPartners")}</Text> : (
              <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: "none" }}>
                {initiative.partners.map((unit) => (
                  <li key={unit.id}><Anchor component={Link} to={`/units/${unit.id}`}>{unit.name}</Anchor></li>
                ))}
              </Stack>
            )}
          </Item>
          <Item label={t("initiatives.detail.start")}>{formatDay(initiative.startDate) ?? none}</Item>
          <Item label={t("initiatives.detail.end")}>{formatDay(initiative.endDate) ?? none}</Item>
        </SimpleGrid>
        {initiative.description && (
          <Stack gap={2} mt="lg">
            <Text size="sm" c="dimmed">{t("initiatives.detail.description")}</Text>
            <Text style={{ whiteSpace: "pre-line" }}>{initiative.description}</Text>
          </Stack>
        )}
      </Paper>

      <Stack gap="sm">
        <Title order={2} size="h3">{t("initiatives.detail.indicators")} ({initiative.indicators.length})</Title>
        {initiative.indicators.length === 0 ? (
          <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
            <Text c="dimmed">{t(canWrite ? "initiatives.detail.noIndicatorsWriter" : "initiatives.detail.noIndicators")}</Text>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" className="indicator-grid">
            {initiative.indicators.map((indicator) => (
              <IndicatorCard key={indicator.id} initiativeId={initiative.id} indicator={indicator} canWrite={canWrite} />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <LinkedEvents initiative={initiative} etag={etag} canWrite={canWrite} />

      <AwardsSection title={t("initiatives.detail.awards")} filter={{ initiativeId: initiative.id }}
        columns={["recipient", "form", "issuer", "decision", "status"]} emptyText={t("initiatives.detail.noAwards")}
        addTo={canWriteAwards ? `/awards/new?initiativeId=${initiative.id}` : undefined} />

      <ResponsiveModal opened={dialog === "complete"} onClose={close} title={t("common.confirm")} size="md">
        <Text>{t("initiatives.detail.confirmComplete", { name: initiative.name })}</Text>
        <StatusError error={changeStatus.error} />
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={close}>{t("common.cancel")}</Button>
          <Button loading={changeStatus.isPending}
            onClick={() => changeStatus.mutate({ status: "completed", etag }, {
              onSuccess: () => { close(); notifyDone(t("initiatives.detail.moved.completed")); },
            })}>
            {t("initiatives.action.completed")}
          </Button>
        </Group>
      </ResponsiveModal>
      <ResponsiveModal opened={dialog === "delete"} onClose={close} title={t("common.confirm")} size="md">
        <Text>{t("initiatives.detail.confirmDelete", { name: initiative.name })}</Text>
        <StatusError error={remove.error} />
        <Group justify="end" mt="lg">
          <Button variant="default" onClick={close}>{t("common.cancel")}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => void deleteInitiative().catch(() => undefined)}>{t("common.delete")}</Button>
        </Group>
      </ResponsiveModal>
    </Stack>
  );
}

/** The banner, with a word on what to do after a 409 (the API says why) — the 412 banner already offers a reload. */
function StatusError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Stack gap={4} mt="sm">
      <ErrorBanner error={error} />
      {error instanceof ApiError && error.status === 409 && <Text size="sm" c="dimmed">{t("initiatives.detail.conflictHint")}</Text>}
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

/** The events where the initiative was presented or reviewed; writers link another or unlink one. */
function LinkedEvents({ initiative, etag, canWrite }: { initiative: InitiativeResponse; etag: string | null; canWrite: boolean }) {
  const { t } = useTranslation();
  const link = useInitiativeEventLink();
  const [chosen, setChosen] = useState<string | null>(null);

  const change = (eventId: string, linked: boolean) =>
    link.mutate({ initiativeId: initiative.id, eventId, linked, etag }, {
      onSuccess: () => {
        if (linked) setChosen(null);
        notifyDone(t(linked ? "initiatives.detail.eventLinked" : "initiatives.detail.eventUnlinked"));
      },
    });

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">{t("initiatives.detail.events")} ({initiative.events.length})</Title>
      <ErrorBanner error={link.error} />
      <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md">
        <Stack gap="md">
          {initiative.events.length === 0 ? <Text c="dimmed">{t("initiatives.detail.noEvents")}</Text> : (
            <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
              {initiative.events.map((event) => (
                <Group key={event.id} component="li" justify="space-between" wrap="nowrap" gap="sm" align="start">
                  <Stack gap={2} style={{ minWidth: 0, flex: "1 1 auto" }}>
                    <Anchor component={Link} to={`/events/${event.id}?tab=initiatives`} fw={600}>{event.title}</Anchor>
                    <Group gap="xs">
                      <Text size="sm" c="dimmed">{formatDate(event.startsAt)}</Text>
                      <EventStatusBadge status={event.status} />
                    </Group>
                  </Stack>
                  {canWrite && (
                    <Button variant="subtle" color="red" size="compact-sm" className="no-print" style={{ flexShrink: 0 }}
                      aria-label={t("initiatives.detail.unlinkNamed", { title: event.title })}
                      loading={link.isPending && link.variables?.eventId === event.id && !link.variables.linked}
                      onClick={() => change(event.id, false)}>
                      {t("initiatives.detail.unlink")}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          )}
          {canWrite && (
            <Group align="end" wrap="wrap" gap="sm" className="no-print">
              <div style={{ flex: "1 1 320px" }}>
                <EventPicker label={t("initiatives.detail.eventToLink")} value={chosen} onChange={setChosen} />
              </div>
              <Button variant="light" disabled={!chosen || initiative.events.some((e) => e.id === chosen)}
                loading={link.isPending && link.variables?.linked} onClick={() => chosen && change(chosen, true)}>
                {t("initiatives.detail.linkEvent")}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
