import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AttendanceStatus } from "../lib/resources/attendance";

// Text and background chosen together, each pair above 7:1 like the event status badges.
const COLORS: Record<AttendanceStatus, { color: string; backgroundColor: string; borderColor: string }> = {
  invited: { color: "#343a40", backgroundColor: "#f1f3f5", borderColor: "#ced4da" },
  registered: { color: "#0b4a85", backgroundColor: "#e7f5ff", borderColor: "#a5d8ff" },
  checkedIn: { color: "#04513b", backgroundColor: "#e6fcf5", borderColor: "#96f2d7" },
  absent: { color: "#7f1717", backgroundColor: "#fff5f5", borderColor: "#ffc9c9" },
};

/** Đã mời, Đã đăng ký, Đã điểm danh, Vắng mặt. */
export function AttendanceStatusBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" radius="sm" tt="none" fz="sm" fw={600} styles={{ root: COLORS[status] }}>
      {t(`attendance.status.${status}`)}
    </Badge>
  );
}

/** "Trình bày": the person speaks in the event's programme. */
export function SpeaksBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" radius="sm" tt="none" fz="xs" fw={600}
      styles={{ root: { color: "#7f1717", backgroundColor: "#fdf2f2", borderColor: "#f3bcbc" } }}>
      {t("attendance.speaks")}
    </Badge>
  );
}
