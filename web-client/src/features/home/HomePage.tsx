import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { formatDateTime } from "../../lib/format";
import { useEvents } from "../events/api";
import { EventStatusBadge } from "../events/components/EventStatusBadge";

export function HomePage() {
  const { t } = useTranslation();
  const events = useEvents({ pageSize: 6, sort: "-startsAt" });
  return (
    <Stack gap="lg">
      <Title order={1}>{t("home.title")}</Title>
      <Text c="dimmed" maw={720}>{t("home.intro")}</Text>
      <Title order={2} size="h3">{t("home.upcoming")}</Title>
      <ErrorBanner error={events.error} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {events.isPending && Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={110} />)}
        {events.data?.items.map((event) => (
          <Card key={event.id} withBorder padding="lg" component={Link} to={`/events/${event.id}`}>
            <Stack gap={6}>
              <Text fw={600} lineClamp={2}>{event.title}</Text>
              <Text size="sm" c="dimmed">{formatDateTime(event.startsAt)} · {event.hostUnitName}</Text>
              <EventStatusBadge status={event.status} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Anchor component={Link} to="/events">{t("home.seeAll")} →</Anchor>
    </Stack>
  );
}
