import type { EventResponse } from "../lib/resources/events";
import type { UnitResponse } from "../lib/resources/units";

export const wardCommittee: UnitResponse = {
  id: "0190a1b2-0000-7000-8000-000000000006",
  name: "UBND phường Định Công",
  kind: "authority",
  level: "commune",
  parentId: null,
  dissolvedOn: null,
};

export const festival: EventResponse = {
  id: "0190a1b2-0000-7000-8000-000000000101",
  title: "Ngày hội \"Toàn dân bảo vệ an ninh Tổ quốc\" năm 2023",
  kind: "festival",
  description: "Ngày hội của phường Định Công.",
  startsAt: "2023-08-14T19:00:00+07:00",
  endsAt: "2023-08-14T21:30:00+07:00",
  venue: "Phường Định Công, quận Hoàng Mai, Hà Nội",
  hostUnitId: wardCommittee.id,
  hostUnitName: wardCommittee.name,
  organizerUnitId: null,
  organizerUnitName: null,
  status: "completed",
  allowedTransitions: [],
  timesAreTentative: false,
  services: [{ kind: "citizenId", description: "Cấp căn cước công dân", count: 1234 }],
  agenda: [{ startsAt: "2023-08-14T19:00:00+07:00", title: "Phát biểu khai mạc", speakerId: null, speaker: null }],
};

export const page = <T,>(items: T[], totalCount = items.length) => ({ items, page: 1, pageSize: 20, totalCount });
