import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { EventCards } from "../../components/EventCards";
import { toWallClock } from "../../lib/wallClock";
import { useEvents } from "../../lib/resources/events";

const COLS = { base: 1, sm: 2, lg: 3 };

export function HomePage() {
  const { t } = useTranslation();
  // The API filters by day in Hà Nội: from today on is upcoming (today's events included), up to yesterday is past.
  // Fixed for the visit, so an event is in exactly one list.
  const [days] = useState(() => ({
    today: toWallClock(new Date().toISOString())!.slice(0, 10),
    yesterday: toWallClock(new Date(Date.now() - 86_400_000).toISOString())!.slice(0, 10),
  }));
  const upcoming = useEvents({ from: days.today, pageSize: 6, sort: "startsAt" });
  const past = useEvents({ to: days.yesterday, pageSize: 3, sort: "-startsAt" });
  return (
    <Stack gap="lg">
      <Title order={1}>{t("home.title")}</Title>
      <Text c="dimmed" maw={720}>{t("home.intro")}</Text>

      <Title order={2} size="h3">{t("home.upcoming")}</Title>
      <ErrorBanner error={upcoming.error ?? past.error} />
      <EventCards events={upcoming.data?.items} loading={upcoming.isPending} cols={COLS} />
      {upcoming.data?.items.length === 0 && <Text c="dimmed">{t("home.noUpcoming")}</Text>}

      <Title order={2} size="h3">{t("home.past")}</Title>
      <EventCards events={past.data?.items} loading={past.isPending} cols={COLS} />
      {past.data?.items.length === 0 && <Text c="dimmed">{t("home.noPast")}</Text>}

      <Anchor component={Link} to="/events">{t("home.seeAll")} →</Anchor>
    </Stack>
  );
}
