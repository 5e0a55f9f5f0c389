import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AwardStatus } from "../lib/resources/awards";

// Text and background chosen together, every pair above 7:1; a revoked award is solid red so it cannot be missed.
const COLORS: Record<AwardStatus, { color: string; backgroundColor: string; borderColor: string }> = {
  proposed: { color: "#343a40", backgroundColor: "#f1f3f5", borderColor: "#ced4da" },
  approved: { color: "#0b4a85", backgroundColor: "#e7f5ff", borderColor: "#a5d8ff" },
  presented: { color: "#04513b", backgroundColor: "#e6fcf5", borderColor: "#96f2d7" },
  revoked: { color: "#ffffff", backgroundColor: "#a51d1d", borderColor: "#a51d1d" },
};

export function AwardStatusBadge({ status }: { status: AwardStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" radius="sm" tt="none" fz="sm" fw={600} styles={{ root: { ...COLORS[status], flexShrink: 0, minWidth: "max-content" } }} data-status={status}>
      {t(`awards.status.${status}`)}
    </Badge>
  );
}
