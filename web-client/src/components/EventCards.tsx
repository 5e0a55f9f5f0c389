import { Card, Group, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatDateTime } from "../lib/format";
import type { EventResponse } from "../lib/resources/events";
import { EventStatusBadge } from "./EventStatusBadge";

/** Events as cards — time, status and title first — for phones and the overview. */
export function EventCards({ events, loading, cols = 1 }: { events?: EventResponse[]; loading?: boolean; cols?: number | Record<string, number> }) {
  return (
    <SimpleGrid cols={cols}>
      {loading && Array.from({ length: 3 }, (_, i) => <Skeleton key={i} height={96} />)}
      {events?.map((event) => (
        <Card key={event.id} withBorder padding="md" component={Link} to={`/events/${event.id}`}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" fw={600}>{formatDateTime(event.startsAt)}</Text>
              <EventStatusBadge status={event.status} />
            </Group>
            <Text fw={600} lineClamp={2}>{event.title}</Text>
            {event.hostUnitName && <Text size="sm" c="dimmed" lineClamp={1}>{event.hostUnitName}</Text>}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
