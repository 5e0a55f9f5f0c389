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
    <Badge color={COLORS[status]} variant="light" radius="sm">
      {t(`event.status.${status}`)}
    </Badge>
  );
}
