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

/** Nguyễn Thị Phượng on the festival's list, as an admin reads it (with her check-in code). */
export const phuongOnList = {
  eventId: festival.id,
  participantId: "0190a1b2-0000-7000-8000-000000000208",
  kind: "individual" as const,
  fullName: "Nguyễn Thị Phượng",
  rank: null,
  positions: ["Chủ tịch UBND phường Định Công", "Trưởng Ban Chỉ đạo 138 phường"],
  unitName: "UBND phường Định Công",
  isPlaceholder: false,
  role: "organizer" as const,
  status: "checkedIn" as const,
  checkedInAt: "2023-08-14T18:52:00+07:00",
  code: "5BH34T3N93",
  speaks: true,
};

export const hieuOnList = {
  ...phuongOnList,
  participantId: "0190a1b2-0000-7000-8000-000000000207",
  fullName: "Nguyễn Quang Hiếu",
  rank: "Đại tá",
  positions: ["Thành ủy viên", "Bí thư Quận ủy"],
  role: "speaker" as const,
  status: "registered" as const,
  checkedInAt: null,
  code: "TPT3WDQGXH",
};

export const attendanceCounts = {
  total: 11,
  byRole: { guest: 6, speaker: 1, organizer: 1, attendee: 3, volunteer: 0 },
  byStatus: { invited: 0, registered: 1, checkedIn: 10, absent: 0 },
};

export const attendancePage = <T,>(items: T[], totalCount = items.length) => ({ ...page(items, totalCount), counts: attendanceCounts });
