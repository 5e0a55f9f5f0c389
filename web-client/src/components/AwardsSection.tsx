import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatTotal, pagingTotal } from "../lib/format";
import { useAwards, type AwardListParams } from "../lib/resources/awards";
import { AwardList, type AwardColumn } from "./AwardList";
import { ErrorBanner } from "./ErrorBanner";
import { Paging } from "./Paging";

const PAGE_SIZE = 10;

/**
 * A page's awards (an event's ceremony, a unit's awards issued, a participant's, an initiative's): a heading with the count, the list,
 * paging, a link to the whole list filtered the same way, and an "add" link for writers.
 */
export function AwardsSection({ title, filter, columns, emptyText, addTo, heading = true }: {
  title: string;
  filter: Pick<AwardListParams, "eventId" | "issuerUnitId" | "recipientId" | "initiativeId">;
  columns: AwardColumn[];
  emptyText: string;
  /** Where "Thêm khen thưởng" leads (with the page's record prefilled), for those who may write. */
  addTo?: string;
  heading?: boolean;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const awards = useAwards({ ...filter, page, pageSize: PAGE_SIZE, sort: "-decisionDate" });
  const total = awards.data?.totalCount ?? 0;
  const all = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        {heading ? <Title order={2} size="h3">{title}{awards.data ? ` (${formatTotal(awards.data)})` : ""}</Title> : <span />}
        <Group gap="sm">
          {filter.issuerUnitId && total > 0 && <Anchor component={Link} to={`/awards?${all}`} size="sm" className="no-print">{t("awards.seeAll")} →</Anchor>}
          {addTo && <Button component={Link} to={addTo} variant="light" className="no-print">{t("awards.add")}</Button>}
        </Group>
      </Group>
      <ErrorBanner error={awards.error} />
      <AwardList awards={awards.data?.items} loading={awards.isPending} columns={columns}
        empty={<Paper withBorder p={{ base: "md", sm: "lg" }} radius="md"><Text c="dimmed">{emptyText}</Text></Paper>} />
      <Paging total={pagingTotal(awards.data, PAGE_SIZE)} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
