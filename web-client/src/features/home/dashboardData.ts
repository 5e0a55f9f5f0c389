// The dashboard's data, shaped for the screen: which unit and year to show, initiatives with their indicators, services
// with honest totals, awards by form, months. Pure functions, tested on their own.
import type { IndicatorFigures } from "../../components/IndicatorProgress";
import { AWARD_FORMS, SERVICE_KINDS } from "../../lib/enums";
import type { AwardsByForm, IndicatorProgressItem, ServiceTotal, StatsSummary } from "../../lib/resources/stats";
import { toWallClock } from "../../lib/wallClock";

/** `?unitId=all`: every unit, also for someone whose own unit would be the default. */
export const ALL_UNITS = "all";

/** The oldest year the year picker offers (older ones still open from a link). */
export const FIRST_YEAR = 2010;

/** The years the API accepts. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The year it is now in Hà Nội, whatever the browser's zone (on 31 December at 20:00 in New York it is already the next year there). */
export function currentYearInVietnam(now: Date = new Date()): number {
  return Number(toWallClock(now.toISOString())!.slice(0, 4));
}

/** The years to choose from, newest first: next year (planned events) back to FIRST_YEAR, plus a year a link named. */
export function yearOptions(currentYear: number, chosen?: number): number[] {
  const years = Array.from({ length: currentYear + 1 - FIRST_YEAR + 1 }, (_, i) => currentYear + 1 - i);
  if (chosen !== undefined && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

/** A year from the URL, or null when it is not one the API would take. */
export function parseYear(text: string | null | undefined): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export interface SelectionInput {
  unitParam?: string | null;
  yearParam?: string | null;
  signedIn: boolean;
  /** Who is signed in is still being asked. */
  meLoading: boolean;
  /** The signed-in person's units (from /auth/me). */
  unitIds?: readonly string[];
  currentYear: number;
}

export interface Selection {
  /** The unit (with the units below it); undefined for every unit. */
  unitId?: string;
  year: number;
  /** False while the default unit is not known yet (asking then would show every unit first, then switch). */
  ready: boolean;
}

/**
 * Which unit and year to show. The URL decides when it names them (a shared link shows the same to everyone); otherwise
 * the signed-in person's first unit, or every unit for someone without a unit and for visitors; the current year in
 * Hà Nội. A malformed value in the URL counts as absent.
 */
export function resolveSelection(input: SelectionInput): Selection {
  const year = parseYear(input.yearParam) ?? input.currentYear;
  const unitParam = input.unitParam ?? "";
  if (unitParam === ALL_UNITS) return { year, ready: true };
  if (UUID.test(unitParam)) return { unitId: unitParam.toLowerCase(), year, ready: true };
  if (input.signedIn && input.meLoading) return { year, ready: false };
  const own = input.signedIn ? input.unitIds?.[0] : undefined;
  return own ? { unitId: own, year, ready: true } : { year, ready: true };
}

export interface InitiativeGroup {
  id: string;
  name: string;
  category: IndicatorProgressItem["category"];
  status: IndicatorProgressItem["status"];
  indicators: IndicatorProgressItem[];
}

/**
 * The year's initiatives, each with its indicators (the API sends the indicators as one flat list, ordered by
 * initiative and position), in the API's order of initiatives (by name, Vietnamese order). Initiatives without
 * indicators are there too, with none.
 */
export function groupInitiatives(summary: Pick<StatsSummary, "initiatives" | "indicatorProgress">): InitiativeGroup[] {
  const groups = new Map<string, InitiativeGroup>();
  for (const initiative of summary.initiatives) {
    groups.set(initiative.id, { id: initiative.id, name: initiative.name, category: initiative.category, status: initiative.status, indicators: [] });
  }
  for (const item of summary.indicatorProgress) {
    let group = groups.get(item.initiativeId);
    if (!group) {
      group = { id: item.initiativeId, name: item.initiativeName, category: item.category, status: item.status, indicators: [] };
      groups.set(item.initiativeId, group);
    }
    group.indicators.push(item);
  }
  return [...groups.values()];
}

/** An indicator as the shared progress bar takes it (the summary leaves out what is null). */
export const indicatorFigures = (item: IndicatorProgressItem): IndicatorFigures => ({
  name: item.indicatorName,
  unit: item.unit,
  direction: item.direction,
  target: item.target ?? null,
  baseline: item.baseline ?? null,
  latestValue: item.latestValue ?? null,
  latestMeasuredOn: item.latestMeasuredOn ?? null,
  progress: item.progress ?? null,
});

/**
 * Indicators with a figure (shown as progress bars) and those not measured yet (named in one line: a bar of nothing for
 * each would fill the page and say less).
 */
export function splitMeasured(indicators: readonly IndicatorProgressItem[]) {
  return {
    measured: indicators.filter((item) => item.latestValue != null),
    unmeasured: indicators.filter((item) => item.latestValue == null),
  };
}

export interface ServiceSummary {
  rows: { kind: ServiceTotal["kind"]; events: number; count: number | null }[];
  /** People served, over the kinds that were counted. */
  counted: number;
  /** Kinds offered without any count: their people are not in `counted`. */
  uncounted: number;
}

/**
 * Services by kind in the form's order, "other" last. A kind nobody counted keeps a null count — shown as "not
 * counted", never as 0 —, and the total says how many kinds it leaves out.
 */
export function summarizeServices(services: readonly ServiceTotal[]): ServiceSummary {
  const order = (kind: string) => {
    const index = (SERVICE_KINDS as readonly string[]).indexOf(kind);
    return index < 0 ? SERVICE_KINDS.length : index;
  };
  const rows = [...services]
    .sort((a, b) => order(a.kind) - order(b.kind))
    .map((s) => ({ kind: s.kind, events: s.events, count: s.count ?? null }));
  return {
    rows,
    counted: rows.reduce((sum, row) => sum + (row.count ?? 0), 0),
    uncounted: rows.filter((row) => row.count === null).length,
  };
}

export interface AwardsSummary {
  rows: { form: (typeof AWARD_FORMS)[number]; count: number }[];
  total: number;
}

/** Awards by form in the law's order (Bằng khen, Giấy khen, …), every form present. */
export function summarizeAwards(awards: AwardsByForm): AwardsSummary {
  const rows = AWARD_FORMS.map((form) => ({ form, count: awards[form] ?? 0 }));
  return { rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

/** Twelve months, January first, with 0 for a month the answer leaves out. */
export function monthRows(eventsByMonth: StatsSummary["eventsByMonth"]): { month: number; events: number }[] {
  const byMonth = new Map(eventsByMonth.map((m) => [m.month, m.events]));
  return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, events: byMonth.get(i + 1) ?? 0 }));
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "T8" in Vietnamese, "Aug" in English: the chart's axis labels. */
export function monthLabel(month: number, language: string, t: Translate): string {
  const name = new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return t("dashboard.monthShort", { month, name });
}

/** "Tháng 8" / "August": the same month in words, for the table screen readers read. */
export function monthName(month: number, language: string, t: Translate): string {
  const name = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return t("dashboard.monthLong", { month, name });
}

/** Check-ins as a share of the places on the lists (a person on two lists holds two places); null without any place. */
export function checkInRate(listPlaces: number, checkIns: number): number | null {
  if (listPlaces <= 0) return null;
  return checkIns / listPlaces;
}
