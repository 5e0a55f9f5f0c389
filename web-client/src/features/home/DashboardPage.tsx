import { ActionIcon, Alert, Anchor, Badge, Button, Group, Paper, Select, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useDeferredValue, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { EventStatusBadge } from "../../components/EventStatusBadge";
import { IndicatorProgress } from "../../components/IndicatorProgress";
import { UnitPicker } from "../../components/UnitPicker";
import { ApiError } from "../../lib/api";
import { useAuth } from "../../lib/auth";
import { formatDate, formatNumber, formatTime } from "../../lib/format";
import { eventsQueryOptions } from "../../lib/resources/events";
import { useStatsSummary, type StatsEvent, type StatsSummary } from "../../lib/resources/stats";
import { useUrlFilters } from "../../lib/useUrlFilters";
import {
  ALL_UNITS, checkInRate, currentYearInVietnam, groupInitiatives, indicatorFigures, monthLabel, monthName, monthRows,
  resolveSelection, splitMeasured, summarizeAwards, summarizeServices, yearOptions, type InitiativeGroup,
} from "./dashboardData";
import "./dashboard.css";

const EventsByMonthChart = lazy(() => import("./DashboardCharts").then((m) => ({ default: m.EventsByMonthChart })));
const AwardsDonut = lazy(() => import("./DashboardCharts").then((m) => ({ default: m.AwardsDonut })));

/** One colour per award form; the legend beside the ring names each with its number, so colour is never the only cue. */
const AWARD_COLORS: Record<string, string> = {
  certificateOfMerit: "antqRed.7",
  certificateOfCommendation: "yellow.6",
  emulationFlag: "teal.7",
  emulationFighter: "blue.7",
  other: "gray.6",
};

/** "14/08/2023 19:00" in Hà Nội time. */
const dateAndTime = (iso: string) => `${formatDate(iso)} ${formatTime(iso)}`;

/**
 * The home page: where a unit (with the units below it) stands in a year — key figures, events per month, awards by
 * form, services, initiatives with their indicators' progress, upcoming and recent events. The unit and year live in the
 * URL (a link to "Định Công 2023" shows that to whoever opens it); without them, the signed-in person's unit and the
 * current year in Hà Nội. Prints as a one-page A4 report; "Trình chiếu" shows it full screen for a meeting room.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { get, update } = useUrlFilters();
  const [currentYear] = useState(() => currentYearInVietnam());
  const selection = resolveSelection({
    unitParam: get("unitId"), yearParam: get("year"), signedIn: auth.signedIn, meLoading: auth.loading,
    unitIds: auth.me?.unitIds, currentYear,
  });
  const { year } = selection;
  const stats = useStatsSummary({ unitId: selection.unitId, year }, selection.ready);
  // The figures are drawn in a deferred, time-sliced render (the skeleton stays meanwhile): the answer's arrival does
  // not hold a phone's main thread for the whole dashboard at once.
  const data = useDeferredValue(stats.data);
  const rootRef = useRef<HTMLDivElement>(null);
  const presenting = useFullscreen(rootRef);

  // Both go into the URL together, so the address always names what is on screen.
  const choose = (next: { unitId?: string | null; year?: number }) =>
    update({ unitId: ("unitId" in next ? next.unitId : selection.unitId) ?? ALL_UNITS, year: String(next.year ?? year) });

  const unitName = data && !stats.isPlaceholderData ? (data.unit?.name ?? t("dashboard.allUnits")) : null;
  const notFound = stats.error instanceof ApiError && stats.error.status === 404;

  return (
    <Stack gap="lg" ref={rootRef} className="dash-root">
      <ReportHeading unitName={unitName} year={year} updatedAt={stats.dataUpdatedAt} />

      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md" className="no-print">
        <Stack gap={2}>
          <Title order={1}>{t("home.title")}</Title>
          <Text size="lg" fw={600} c="antqRed.8" mih="1.6em">
            {unitName ? t("dashboard.subtitle", { unit: unitName, year }) : ""}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" onClick={() => window.print()}>{t("dashboard.print")}</Button>
          <Button variant="default" onClick={() => void togglePresentation(rootRef.current, presenting)}>
            {t(presenting ? "dashboard.exitPresent" : "dashboard.present")}
          </Button>
        </Group>
      </Group>

      <Group align="flex-end" wrap="wrap" gap="md" className="no-print dash-controls">
        {!presenting && (
          <div className="dash-unit-picker">
            <UnitPicker label={t("dashboard.unit")} placeholder={t("dashboard.allUnits")} value={selection.unitId ?? null} clearable
              onChange={(id) => choose({ unitId: id })} />
          </div>
        )}
        <YearPicker year={year} currentYear={currentYear} onChange={(next) => choose({ year: next })} />
        {/* Only while another unit's or year's figures are coming: the minute's quiet re-reads say nothing. */}
        <Text size="sm" c="dimmed" role="status">{stats.isPlaceholderData ? t("dashboard.updating") : ""}</Text>
      </Group>

      {notFound ? (
        <Alert color="red" title={t("dashboard.unitNotFound")} role="alert">
          <Button variant="white" color="red" px={0} onClick={() => choose({ unitId: null })}>{t("dashboard.showAllUnits")}</Button>
        </Alert>
      ) : (
        <ErrorBanner error={data ? null : stats.error} />
      )}

      {!data && !stats.error && <DashboardSkeleton />}
      {data && (
        <Stack gap="lg" aria-busy={stats.isPlaceholderData} className={stats.isPlaceholderData ? "dash-stale" : undefined}>
          <Kpis summary={data} />
          {data.events === 0 && !stats.isPlaceholderData && (
            <NoEventsHint year={year} currentYear={currentYear} onChoose={(next) => choose({ year: next })} />
          )}
          <div className="dash-grid">
            <EventsByMonth summary={data} />
            <AwardsByForm summary={data} />
            <Services summary={data} />
            <EventLists summary={data} />
            <Initiatives summary={data} />
          </div>
        </Stack>
      )}
    </Stack>
  );
}

/** Follows whether `ref` is the browser's full-screen element. */
function useFullscreen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener("fullscreenchange", sync);
    return () => document.removeEventListener("fullscreenchange", sync);
  }, [ref]);
  return on;
}

/** Only the dashboard full screen (no navigation), for a projector in a meeting; Esc or the button ends it. */
async function togglePresentation(element: HTMLElement | null, presenting: boolean) {
  try {
    if (presenting) await document.exitFullscreen();
    else await element?.requestFullscreen();
  } catch {
    // Refused by the browser (an embedded frame, an old phone): the page stays as it is.
  }
}

/** The heading on paper: what the report is, whose, which year, and when the figures were read. */
function ReportHeading({ unitName, year, updatedAt }: { unitName: string | null; year: number; updatedAt: number }) {
  const { t } = useTranslation();
  return (
    <div className="print-only dash-report-heading">
      <Title order={1} size="h3">{t("dashboard.report.title", { year })}</Title>
      <Text fw={600} size="lg">{unitName}</Text>
      {updatedAt > 0 && <Text size="xs" c="dimmed">{t("dashboard.report.asOf", { time: dateAndTime(new Date(updatedAt).toISOString()) })}</Text>}
    </div>
  );
}

function YearPicker({ year, currentYear, onChange }: { year: number; currentYear: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const years = yearOptions(currentYear, year);
  const oldest = years[years.length - 1]!;
  const newest = years[0]!;
  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      <ActionIcon variant="default" size={36} aria-label={t("dashboard.previousYear")} disabled={year <= oldest}
        onClick={() => onChange(year - 1)}>
        <span aria-hidden="true">‹</span>
      </ActionIcon>
      <Select label={t("dashboard.year")} data={years.map(String)} value={String(year)} allowDeselect={false} w={110}
        onChange={(value) => value && onChange(Number(value))} comboboxProps={{ withinPortal: false }} />
      <ActionIcon variant="default" size={36} aria-label={t("dashboard.nextYear")} disabled={year >= newest}
        onClick={() => onChange(year + 1)}>
        <span aria-hidden="true">›</span>
      </ActionIcon>
    </Group>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-hidden="true">
      <div className="dash-kpis">{Array.from({ length: 5 }, (_, i) => <Skeleton key={i} height={112} />)}</div>
      <div className="dash-grid">{Array.from({ length: 4 }, (_, i) => <Skeleton key={i} height={260} />)}</div>
    </Stack>
  );
}

function Kpi({ label, value, detail, testId }: { label: string; value: number; detail?: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" className="dash-kpi" data-testid={testId}>
      <Text size="sm" fw={600} c="dimmed" className="dash-kpi-label">{label}</Text>
      <Text className="dash-kpi-value">{formatNumber(value)}</Text>
      {detail && <Text size="sm" c="dimmed" className="dash-kpi-detail">{detail}</Text>}
    </Paper>
  );
}

function Kpis({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rate = checkInRate(summary.listPlaces, summary.checkIns);
  const awards = summarizeAwards(summary.awardsByForm);
  const otherAwards = awards.total - summary.awardsByForm.certificateOfMerit - summary.awardsByForm.certificateOfCommendation;
  return (
    <section aria-labelledby={headingId}>
      <VisuallyHidden><h2 id={headingId}>{t("dashboard.kpi.heading")}</h2></VisuallyHidden>
      <div className="dash-kpis">
        <Kpi testId="kpi-events" label={t("dashboard.kpi.events")} value={summary.events} detail={t("dashboard.kpi.eventsDetail")} />
        <Kpi testId="kpi-participants" label={t("dashboard.kpi.participants")} value={summary.participants}
          detail={t("dashboard.kpi.participantsDetail")} />
        <Kpi testId="kpi-check-ins" label={t("dashboard.kpi.checkIns")} value={summary.checkIns}
          detail={rate === null
            ? (summary.participants > 0 ? t("dashboard.kpi.checkInNoRate") : t("dashboard.kpi.checkInNone"))
            : t("dashboard.kpi.checkInRate", { rate: formatNumber(Math.round(rate * 100)) })} />
        <Kpi testId="kpi-initiatives" label={t("dashboard.kpi.initiatives")} value={summary.activeInitiatives}
          detail={t("dashboard.kpi.initiativesDetail")} />
        <Kpi testId="kpi-awards" label={t("dashboard.kpi.awards")} value={awards.total}
          detail={t("dashboard.kpi.awardsSplit", {
            merit: formatNumber(summary.awardsByForm.certificateOfMerit),
            commendation: formatNumber(summary.awardsByForm.certificateOfCommendation),
          }) + (otherAwards > 0 ? t("dashboard.kpi.awardsOther", { count: formatNumber(otherAwards) }) : "")} />
      </div>
    </section>
  );
}

/** A year without events: says so, and — one small request — offers the latest earlier year that had some. */
function NoEventsHint({ year, currentYear, onChoose }: { year: number; currentYear: number; onChoose: (year: number) => void }) {
  const { t } = useTranslation();
  const latest = useQuery({
    ...eventsQueryOptions({ to: `${year - 1}-12-31`, status: "completed", pageSize: 1, sort: "-startsAt" }),
    enabled: year <= currentYear,
    staleTime: 5 * 60_000,
  });
  const startsAt = latest.data?.items[0]?.startsAt;
  const latestYear = startsAt ? Number(formatDate(startsAt).slice(-4)) : null;
  return (
    <Alert color="gray" variant="light" className="no-print" role="status">
      <Group gap="sm" wrap="wrap">
        <Text size="sm">
          {t("dashboard.noEventsThisYear", { year })}
          {latestYear !== null && ` ${t("dashboard.latestYear", { latest: latestYear })}`}
        </Text>
        {latestYear !== null && (
          <Button size="compact-sm" variant="default" onClick={() => onChoose(latestYear)}>{t("dashboard.seeYear", { year: latestYear })}</Button>
        )}
      </Group>
    </Alert>
  );
}

function Section({ title, children, className, testId }: { title: ReactNode; children: ReactNode; className?: string; testId?: string }) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} className={`dash-section ${className ?? ""}`} data-testid={testId}>
      <Title order={2} size="h4" id={headingId} mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}

/**
 * Draws its children once they come near the screen (placeholder meanwhile, of the same size). On a phone the charts
 * are below the KPI cards: drawing them (recharts measures itself, a style and layout pass each) waits until someone
 * scrolls there instead of holding the first load. The charts for paper are drawn beforehand all the same.
 */
function WhenVisible({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
    }, { rootMargin: "200px 0px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return visible ? children : <div ref={ref}>{placeholder}</div>;
}

/** Wall displays get taller charts and a larger ring. */
const useProjector = () => useMediaQuery("(min-width: 100em)", undefined, { getInitialValueInEffect: false });

function EventsByMonth({ summary }: { summary: StatsSummary }) {
  const { t, i18n } = useTranslation();
  const projector = useProjector();
  const rows = monthRows(summary.eventsByMonth);
  const bars = rows.map((row) => ({ label: monthLabel(row.month, i18n.language, t), events: row.events }));
  const height = projector ? 340 : 220;
  return (
    <Section title={t("dashboard.months.heading")} className="dash-months" testId="events-by-month">
      <div aria-hidden="true" className="dash-chart dash-screen-chart">
        <WhenVisible placeholder={<Skeleton height={height} />}>
          <Suspense fallback={<Skeleton height={height} />}>
            <EventsByMonthChart data={bars} seriesLabel={t("dashboard.months.events")} height={height} fontSize={projector ? 16 : 12} />
          </Suspense>
        </WhenVisible>
      </div>
      {/* The paper's copy, drawn at the paper's size beforehand: a chart cannot resize itself while the page prints. */}
      <div aria-hidden="true" className="dash-chart dash-print-chart">
        <Suspense fallback={null}>
          <EventsByMonthChart data={bars} seriesLabel={t("dashboard.months.events")} height={150} />
        </Suspense>
      </div>
      <VisuallyHidden>
        <table>
          <caption>{t("dashboard.months.caption", { year: summary.year })}</caption>
          <thead><tr><th scope="col">{t("dashboard.months.month")}</th><th scope="col">{t("dashboard.months.events")}</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}><th scope="row">{monthName(row.month, i18n.language, t)}</th><td>{formatNumber(row.events)}</td></tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Section>
  );
}

function AwardsByForm({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation();
  const projector = useProjector();
  const awards = summarizeAwards(summary.awardsByForm);
  const slices = awards.rows.filter((row) => row.count > 0)
    .map((row) => ({ name: t(`awards.formName.${row.form}`), value: row.count, color: AWARD_COLORS[row.form]! }));
  const size = projector ? 220 : 168;
  return (
    <Section title={t("dashboard.awards.heading")} className="dash-awards" testId="awards-by-form">
      {awards.total === 0 ? (
        <Text c="dimmed">{t("dashboard.awards.none", { year: summary.year })}</Text>
      ) : (
        <Group gap="lg" wrap="wrap" align="center" justify="center">
          <div aria-hidden="true" className="dash-chart dash-screen-chart">
            <WhenVisible placeholder={<Skeleton height={size} width={size} circle />}>
              <Suspense fallback={<Skeleton height={size} width={size} circle />}>
                <AwardsDonut data={slices} total={formatNumber(awards.total)} size={size} />
              </Suspense>
            </WhenVisible>
          </div>
          <div aria-hidden="true" className="dash-chart dash-print-chart dash-print-donut">
            <Suspense fallback={null}>
              <AwardsDonut data={slices} total={formatNumber(awards.total)} size={110} />
            </Suspense>
          </div>
          <Table className="dash-legend" withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" w="auto">
            <caption className="dash-visually-hidden">{t("dashboard.awards.caption", { year: summary.year })}</caption>
            <Table.Tbody>
              {awards.rows.map((row) => (
                <Table.Tr key={row.form} data-form={row.form} className={row.count === 0 ? "dash-legend-zero" : undefined}>
                  <Table.Th scope="row" fw={row.count > 0 ? 600 : 400}>
                    <span className="dash-swatch" style={{ background: `var(--mantine-color-${AWARD_COLORS[row.form]!.replace(".", "-")})` }} aria-hidden="true" />
                    {t(`awards.formName.${row.form}`)}
                  </Table.Th>
                  <Table.Td ta="right" fw={700}>{formatNumber(row.count)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr className="dash-legend-total">
                <Table.Th scope="row">{t("dashboard.awards.total")}</Table.Th>
                <Table.Td ta="right" fw={700}>{formatNumber(awards.total)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Group>
      )}
    </Section>
  );
}

function Services({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation();
  const services = summarizeServices(summary.services);
  return (
    <Section title={t("dashboard.services.heading")} className="dash-services" testId="services">
      {services.rows.length === 0 ? (
        <Text c="dimmed">{t("dashboard.services.none")}</Text>
      ) : (
        <>
          <Table verticalSpacing={6} horizontalSpacing="xs" className="dash-services-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("dashboard.services.kind")}</Table.Th>
                <Table.Th ta="right" className="dash-nowrap">{t("dashboard.services.events")}</Table.Th>
                <Table.Th ta="right" className="dash-nowrap">{t("dashboard.services.count")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.rows.map((row) => (
                <Table.Tr key={row.kind} data-kind={row.kind}>
                  <Table.Td>{t(`service.kind.${row.kind}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.events)}</Table.Td>
                  <Table.Td ta="right" className="dash-nowrap">
                    {row.count === null
                      ? <Text span size="sm" fs="italic" c="dimmed">{t("dashboard.services.notCounted")}</Text>
                      : <Text span size="sm" fw={600}>{formatNumber(row.count)}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed" mt="xs">
            {services.uncounted === services.rows.length
              ? t("dashboard.services.noneCounted")
              : t("dashboard.services.total", { count: formatNumber(services.counted) })
                + (services.uncounted > 0 ? ` ${t("dashboard.services.uncountedNote", { count: services.uncounted })}` : "")}
          </Text>
        </>
      )}
    </Section>
  );
}

function Initiatives({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation();
  const groups = groupInitiatives(summary);
  return (
    <Section title={t("dashboard.initiatives.heading")} className="dash-initiatives" testId="initiatives">
      {groups.length === 0 ? (
        <Text c="dimmed">{t("dashboard.initiatives.none", { year: summary.year })}</Text>
      ) : (
        <div className="dash-initiative-list">
          {groups.map((group) => <InitiativeCard key={group.id} group={group} />)}
        </div>
      )}
    </Section>
  );
}

const STATUS_STYLES: Record<string, { color: string; backgroundColor: string; borderColor: string }> = {
  proposed: { color: "#343a40", backgroundColor: "#f1f3f5", borderColor: "#ced4da" },
  active: { color: "#04513b", backgroundColor: "#e6fcf5", borderColor: "#96f2d7" },
  suspended: { color: "#7a4a00", backgroundColor: "#fff9db", borderColor: "#ffd43b" },
  completed: { color: "#212529", backgroundColor: "#e9ecef", borderColor: "#adb5bd" },
};

function InitiativeCard({ group }: { group: InitiativeGroup }) {
  const { t } = useTranslation();
  const { measured, unmeasured } = splitMeasured(group.indicators);
  return (
    <article className="dash-initiative" data-initiative={group.id} aria-labelledby={`initiative-${group.id}`}>
      <Anchor component={Link} to={`/initiatives/${group.id}`} fw={600} className="dash-initiative-name" id={`initiative-${group.id}`}>
        {group.name}
      </Anchor>
      <Group gap="xs" mt={4} mb="xs" wrap="wrap">
        <Badge variant="outline" radius="sm" tt="none" fz="xs" fw={600} styles={{ root: STATUS_STYLES[group.status] }}>
          {t(`initiatives.status.${group.status}`)}
        </Badge>
        <Text size="xs" c="dimmed">{t(`initiatives.category.${group.category}`)}</Text>
      </Group>
      {group.indicators.length === 0 && <Text size="sm" c="dimmed">{t("dashboard.initiatives.noIndicators")}</Text>}
      {measured.length > 0 && (
        <Stack gap="sm">
          {measured.map((item) => <IndicatorProgress key={item.indicatorId} indicator={indicatorFigures(item)} compact />)}
        </Stack>
      )}
      {unmeasured.length > 0 && (
        <Text size="xs" c="dimmed" mt={measured.length > 0 ? "xs" : 0} data-testid="unmeasured">
          <Text span inherit fw={600}>{t("dashboard.initiatives.unmeasured", { count: unmeasured.length })}</Text>{" "}
          {unmeasured.map((item) => item.indicatorName).join("; ")}
        </Text>
      )}
    </article>
  );
}

/** "14/08/2023 19:00–21:30", or both ends in full when it runs over several days (Hà Nội time). */
function eventWhen(event: StatsEvent): string {
  const startDay = formatDate(event.startsAt);
  const endDay = formatDate(event.endsAt);
  return startDay === endDay
    ? `${startDay} ${formatTime(event.startsAt)}–${formatTime(event.endsAt)}`
    : `${dateAndTime(event.startsAt)} – ${dateAndTime(event.endsAt)}`;
}

function EventList({ events, empty, testId }: { events: StatsEvent[]; empty: string; testId: string }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text size="sm" c="dimmed" data-testid={testId}>{empty}</Text>;
  return (
    <Stack gap="sm" component="ul" className="dash-event-list" data-testid={testId}>
      {events.map((event) => (
        <li key={event.id}>
          <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={600}>{eventWhen(event)}</Text>
            <EventStatusBadge status={event.status} />
          </Group>
          <Anchor component={Link} to={`/events/${event.id}`} fw={600} lineClamp={2}>{event.title}</Anchor>
          <Text size="xs" c="dimmed">
            {t(`event.kind.${event.kind}`)}{event.venue ? ` · ${event.venue}` : ""}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

function EventLists({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation();
  return (
    <Section title={t("dashboard.events.heading")} className="dash-events" testId="events">
      <Stack gap="md">
        <div className={summary.upcomingEvents.length === 0 ? "dash-upcoming no-print" : "dash-upcoming"}>
          <Title order={3} size="h5" mb={6}>{t("dashboard.events.upcoming")}</Title>
          <EventList events={summary.upcomingEvents} empty={t("dashboard.events.noUpcoming")} testId="upcoming-events" />
        </div>
        <div>
          <Title order={3} size="h5" mb={6}>{t("dashboard.events.recent", { year: summary.year })}</Title>
          <EventList events={summary.recentEvents} empty={t("dashboard.events.noRecent", { year: summary.year })} testId="recent-events" />
        </div>
        <Anchor component={Link} to="/events" size="sm" className="no-print">{t("home.seeAll")} →</Anchor>
      </Stack>
    </Section>
  );
}
