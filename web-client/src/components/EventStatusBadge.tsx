import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EventStatus } from "../lib/resources/events";

// Text and background chosen together: every pair is above 7:1 (WCAG AA asks 4.5:1 for the badge's small bold text).
const COLORS: Record<EventStatus, { color: string; backgroundColor: string; borderColor: string }> = {
  draft: { color: "#343a40", backgroundColor: "#f1f3f5", borderColor: "#ced4da" },
  scheduled: { color: "#0b4a85", backgroundColor: "#e7f5ff", borderColor: "#a5d8ff" },
  ongoing: { color: "#04513b", backgroundColor: "#e6fcf5", borderColor: "#96f2d7" },
  completed: { color: "#212529", backgroundColor: "#e9ecef", borderColor: "#adb5bd" },
  cancelled: { color: "#7f1717", backgroundColor: "#fff5f5", borderColor: "#ffc9c9" },
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    // min-width: max-content — in a table an auto-sized column would otherwise squeeze the label to "Đã lên…".
    <Badge variant="outline" radius="sm" tt="none" fz="sm" fw={600} miw="max-content" styles={{ root: COLORS[status] }}>
      {t(`event.status.${status}`)}
    </Badge>
  );
}
