import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InitiativeStatus } from "../lib/resources/initiatives";

// Text and background chosen together, every pair above 7:1 (as the event and award badges); the words carry the status.
const COLORS: Record<InitiativeStatus, { color: string; backgroundColor: string; borderColor: string }> = {
  proposed: { color: "#343a40", backgroundColor: "#f1f3f5", borderColor: "#ced4da" },
  active: { color: "#04513b", backgroundColor: "#e6fcf5", borderColor: "#96f2d7" },
  suspended: { color: "#6b3400", backgroundColor: "#fff4e6", borderColor: "#ffc078" },
  completed: { color: "#0b4a85", backgroundColor: "#e7f5ff", borderColor: "#a5d8ff" },
};

export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" radius="sm" tt="none" fz="sm" fw={600} styles={{ root: { ...COLORS[status], flexShrink: 0, minWidth: "max-content" } }} data-status={status}>
      {t(`initiatives.status.${status}`)}
    </Badge>
  );
}
