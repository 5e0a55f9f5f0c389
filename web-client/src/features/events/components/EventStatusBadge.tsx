import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventStatus } from "../api";

const COLORS: Record<EventStatus, string> = {
  draft: "gray",
  scheduled: "blue",
  ongoing: "teal",
  completed: "dark",
  cancelled: "red",
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    // Shade 9 text keeps every status readable (WCAG AA) on its light background.
    <Badge color={COLORS[status]} c={`${COLORS[status]}.9`} variant="light" radius="sm">
      {t(`event.status.${status}`)}
    </Badge>
  );
}
