import { Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { InitiativeList } from "../../components/InitiativeList";
import { Paging } from "../../components/Paging";
import { UnitPicker } from "../../components/UnitPicker";
import { useAuth } from "../../lib/auth";
import { INITIATIVE_CATEGORIES, INITIATIVE_KINDS, INITIATIVE_STATUSES } from "../../lib/enums";
import { formatNumber } from "../../lib/format";
import {
  useInitiatives, type InitiativeCategory, type InitiativeKind, type InitiativeListParams, type InitiativeStatus,
} from "../../lib/resources/initiatives";
import { usePhone } from "../../lib/usePhone";
import { useUrlFilters } from "../../lib/useUrlFilters";

const PAGE_SIZE = 20;
/**
 * The orders offered, the API's sort values; the first is the default (names in Vietnamese order). Start dates run
 * oldest first: newest first would put the undated ones (the database's nulls) at the top.
 */
const SORTS = ["name", "startDate", "-createdAt"] as const;
const FIRST_YEAR = 2010;

/** The years to filter by, newest first: from next year back to 2010. */
function years(): string[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: next - FIRST_YEAR + 1 }, (_, i) => String(next - i));
}

/** A value of the URL kept only when it is one the API knows, so a mistyped link lists everything instead of failing. */
function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((known) => known === value);
}

/**
 * Initiatives with a search without diacritics, filters (kind, field, status, unit with the units below it, year) and
 * paging, all in the URL; each with its indicators' progress in brief.
 */
export function InitiativesListPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const { search, setSearch, q, get, page, update } = useUrlFilters();
  const kind = oneOf<InitiativeKind>(INITIATIVE_KINDS, get("kind"));
  const category = oneOf<InitiativeCategory>(INITIATIVE_CATEGORIES, get("category"));
  const status = oneOf<InitiativeStatus>(INITIATIVE_STATUSES, get("status"));
  const yearText = get("year");
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const unitId = get("unitId");
  const eventId = get("eventId");
  const sort = oneOf(SORTS, get("sort")) ?? SORTS[0];

  const params: InitiativeListParams = { q, kind, category, status, year, unitId, eventId, page, pageSize: PAGE_SIZE, sort };
  const initiatives = useInitiatives(params);
  const total = initiatives.data?.totalCount ?? 0;
  const withAll = (values: readonly string[], labels: string) =>
    [{ value: "", label: t("common.all") }, ...values.map((value) => ({ value, label: t(`${labels}.${value}`) }))];
  const filtered = !!(q || kind || category || status || year || unitId || eventId);
  // Five filters fill a phone's screen: there they fold under one button that says how many are set.
  const phone = usePhone();
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const showFilters = !phone || filtersOpen;
  const activeFilters = [kind, category, status, year, unitId].filter(Boolean).length;

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("initiatives.title")}</Title>
        {canWrite && <Button component={Link} to="/initiatives/new">{t("initiatives.new")}</Button>}
      </Group>

      <Group align="end" wrap="wrap">
        <TextInput label={t("common.search")} placeholder={t("initiatives.searchPlaceholder")} value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} type="search" style={{ flex: "1 1 280px" }} />
        {phone && (
          <Button variant="default" fullWidth onClick={() => setFiltersOpen((open) => !open)} aria-expanded={showFilters}
            aria-controls={filtersId}>
            {t(showFilters ? "initiatives.filters.hide" : "initiatives.filters.show", { count: activeFilters })}
          </Button>
        )}
      </Group>
      <Group align="end" wrap="wrap" id={filtersId} style={showFilters ? undefined : { display: "none" }}>
        <Select label={t("initiatives.filters.kind")} data={withAll(INITIATIVE_KINDS, "initiatives.kind")} value={kind ?? ""}
          onChange={(value) => update({ kind: value || undefined })} allowDeselect={false} w={{ base: "100%", xs: 160 }} />
        <Select label={t("initiatives.filters.category")} data={withAll(INITIATIVE_CATEGORIES, "initiatives.category")} value={category ?? ""}
          onChange={(value) => update({ category: value || undefined })} allowDeselect={false} w={{ base: "100%", xs: 230 }} />
        <Select label={t("initiatives.filters.status")} data={withAll(INITIATIVE_STATUSES, "initiatives.status")} value={status ?? ""}
          onChange={(value) => update({ status: value || undefined })} allowDeselect={false} w={{ base: "100%", xs: 180 }} />
        <Select label={t("initiatives.filters.year")} data={[{ value: "", label: t("common.all") }, ...years().map((y) => ({ value: y, label: y }))]}
          value={year ? String(year) : ""} onChange={(value) => update({ year: value || undefined })} allowDeselect={false}
          w={{ base: "100%", xs: 120 }} />
        <Select label={t("initiatives.sort.label")} value={sort} allowDeselect={false} w={{ base: "100%", xs: 210 }}
          data={SORTS.map((value) => ({ value, label: t(`initiatives.sort.${value.replace("-", "")}`) }))}
          onChange={(value) => update({ sort: value && value !== SORTS[0] ? value : undefined })} />
        <div style={{ flex: "1 1 260px" }}>
          <UnitPicker label={t("initiatives.filters.unit")} value={unitId ?? null} clearable
            onChange={(id) => update({ unitId: id ?? undefined })} />
        </div>
      </Group>
      {eventId && (
        <Group gap="xs">
          <Text size="sm">{t("initiatives.filters.byEvent")}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => update({ eventId: undefined })}>{t("initiatives.filters.clear")}</Button>
        </Group>
      )}

      <ErrorBanner error={initiatives.error} />
      <InitiativeList initiatives={initiatives.data?.items} loading={initiatives.isPending}
        empty={(
          <Stack align="center" p="xl" gap="xs">
            <Text fw={500}>{t(filtered ? "initiatives.empty" : "initiatives.emptyNone")}</Text>
            <Text size="sm" c="dimmed">{t(filtered ? "initiatives.emptyAction" : canWrite ? "initiatives.emptyNoneAction" : "initiatives.emptyNoneReader")}</Text>
          </Stack>
        )} />

      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">{t("common.total", { total: formatNumber(total) })}</Text>
        <Paging total={total} pageSize={PAGE_SIZE} page={page} onChange={(next) => update({ page: String(next) })} />
      </Group>
    </Stack>
  );
}
