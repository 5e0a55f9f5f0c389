import { Button, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AwardList } from "../../components/AwardList";
import { ErrorBanner } from "../../components/ErrorBanner";
import { ExportMenu } from "../../components/ExportMenu";
import { Paging } from "../../components/Paging";
import { UnitPicker } from "../../components/UnitPicker";
import { useAuth } from "../../lib/auth";
import { AWARD_FORMS, AWARD_STATUSES } from "../../lib/enums";
import { formatNumber } from "../../lib/format";
import { useAwards, type AwardForm, type AwardListParams, type AwardStatus } from "../../lib/resources/awards";
import { useUrlFilters } from "../../lib/useUrlFilters";

const PAGE_SIZE = 20;
const FIRST_YEAR = 2010;

/** The years to filter by, newest first: from next year back to 2010. */
function years(): string[] {
  const next = new Date().getFullYear() + 1;
  return Array.from({ length: next - FIRST_YEAR + 1 }, (_, i) => String(next - i));
}

/** Awards with a search without diacritics, filters (form, status, year, issuer with the units below it) and paging, all in the URL. */
export function AwardsListPage() {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const { search, setSearch, q, get, page, update } = useUrlFilters();
  const form = get("form") as AwardForm | undefined;
  const status = get("status") as AwardStatus | undefined;
  const yearText = get("year");
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const issuerUnitId = get("issuerUnitId");
  const eventId = get("eventId");
  const recipientId = get("recipientId");

  const filters = { q, form, status, year, issuerUnitId, eventId, recipientId };
  const params: AwardListParams = { ...filters, page, pageSize: PAGE_SIZE, sort: "-decisionDate" };
  const awards = useAwards(params);
  const total = awards.data?.totalCount ?? 0;
  const withAll = (values: readonly string[], labels: string) =>
    [{ value: "", label: t("common.all") }, ...values.map((value) => ({ value, label: t(`${labels}.${value}`) }))];

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t("awards.title")}</Title>
        <Group gap="sm">
          <ExportMenu path="/api/v1/awards/export" query={filters} fileName="awards" />
          {canWrite && <Button component={Link} to="/awards/new">{t("awards.new")}</Button>}
        </Group>
      </Group>

      <Group align="end" wrap="wrap">
        <TextInput label={t("common.search")} placeholder={t("awards.searchPlaceholder")} value={search}
          onChange={(e) => setSearch(e.currentTarget.value)} type="search" style={{ flex: "1 1 280px" }} />
        <Select label={t("awards.filters.form")} data={withAll(AWARD_FORMS, "awards.formName")} value={form ?? ""}
          onChange={(value) => update({ form: value || undefined })} allowDeselect={false} w={{ base: "100%", xs: 190 }} />
        <Select label={t("awards.filters.status")} data={withAll(AWARD_STATUSES, "awards.status")} value={status ?? ""}
          onChange={(value) => update({ status: value || undefined })} allowDeselect={false} w={{ base: "100%", xs: 190 }} />
        <Select label={t("awards.filters.year")} data={[{ value: "", label: t("common.all") }, ...years().map((y) => ({ value: y, label: y }))]}
          value={year ? String(year) : ""} onChange={(value) => update({ year: value || undefined })} allowDeselect={false}
          w={{ base: "100%", xs: 130 }} />
        <div style={{ flex: "1 1 260px" }}>
          <UnitPicker label={t("awards.filters.issuer")} value={issuerUnitId ?? null} clearable
            onChange={(id) => update({ issuerUnitId: id ?? undefined })} />
        </div>
      </Group>
      {(eventId || recipientId) && (
        <Group gap="xs">
          <Text size="sm">{t(eventId ? "awards.filters.byEvent" : "awards.filters.byRecipient")}</Text>
          <Button variant="subtle" size="compact-sm" onClick={() => update({ eventId: undefined, recipientId: undefined })}>
            {t("awards.filters.clear")}
          </Button>
        </Group>
      )}

      <ErrorBanner error={awards.error} />
      <AwardList awards={awards.data?.items} loading={awards.isPending}
        columns={["recipient", "form", "issuer", "decision", "status", "event"]}
        empty={(
          <Stack align="center" p="xl" gap="xs">
            <Text fw={500}>{t("awards.empty")}</Text>
            <Text size="sm" c="dimmed">{t("awards.emptyAction")}</Text>
          </Stack>
        )} />

      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">{t("common.total", { total: formatNumber(total) })}</Text>
        <Paging total={total} pageSize={PAGE_SIZE} page={page} onChange={(next) => update({ page: String(next) })} />
      </Group>
    </Stack>
  );
}
