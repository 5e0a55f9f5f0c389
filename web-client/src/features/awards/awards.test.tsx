import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AwardResponse } from "../../lib/resources/awards";
import { setSession } from "../../lib/session";
import { festival, page, wardCommittee } from "../../test/fixtures";
import { mockApi, renderAt } from "../../test/render";
import { Certificate, placeOf, signerLines } from "./CertificatePage";

const admin = { email: "admin@antq.local", roles: ["admin"], unitIds: [] };
const viewer = { email: "xem@dinhcong.example", roles: ["viewer"], unitIds: [] };
const district = { ...wardCommittee, id: "0190a1b2-0000-7000-8000-000000000004", name: "UBND quận Hoàng Mai", level: "district" as const, dissolvedOn: "2025-07-01" };

const award: AwardResponse = {
  id: "0190a1b2-0000-7000-8000-000000000501",
  form: "certificateOfCommendation",
  issuerUnitId: wardCommittee.id,
  issuerUnitName: wardCommittee.name,
  decisionNumber: "125/QĐ-UBND",
  decisionDate: "2023-08-10",
  recipientId: "0190a1b2-0000-7000-8000-000000000208",
  recipientName: "Nguyễn Thị Phượng",
  recipientKind: "individual",
  recipientIsPlaceholder: false,
  citation: "Đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2023",
  eventId: festival.id,
  eventTitle: festival.title,
  initiativeId: null,
  initiativeName: null,
  presentedById: "0190a1b2-0000-7000-8000-000000000207",
  presentedByName: "Nguyễn Minh Tâm",
  presentedByRank: null,
  presentedOn: "2023-08-14",
  notes: null,
  status: "approved",
  allowedTransitions: ["presented", "proposed"],
  revocation: null as unknown as AwardResponse["revocation"], // the document does not mark it nullable; the API sends null
};
const placeholderAward: AwardResponse = {
  ...award, id: "0190a1b2-0000-7000-8000-000000000502", recipientName: "Cá nhân có thành tích xuất sắc 1", recipientIsPlaceholder: true,
  issuerUnitId: district.id, issuerUnitName: district.name, decisionNumber: null, decisionDate: null, status: "proposed", allowedTransitions: ["approved"],
  notes: "Báo cáo không nêu số và ngày quyết định.",
};
const revoked: AwardResponse = {
  ...award, status: "revoked", allowedTransitions: [],
  revocation: { decisionNumber: "56/QĐ-UBND", decisionDate: "2024-03-01", reason: "Hồ sơ đề nghị không trung thực." },
};

function answer(me: object, awards: AwardResponse[], extra?: (request: Request, url: URL) => ReturnType<Parameters<typeof mockApi>[0]>) {
  return mockApi((request) => {
    const url = new URL(request.url);
    const more = extra?.(request, url);
    if (more) return more;
    if (url.pathname === "/api/v1/auth/me") return { body: me };
    if (url.pathname === "/api/v1/awards") return { body: page(awards) };
    const one = awards.find((a) => url.pathname === `/api/v1/awards/${a.id}`);
    if (one) return { body: one, headers: { ETag: "\"7\"" } };
    if (url.pathname === "/api/v1/units") return { body: page([wardCommittee, district]) };
    if (url.pathname === `/api/v1/units/${wardCommittee.id}`) return { body: wardCommittee, headers: { ETag: "\"1\"" } };
    if (url.pathname === `/api/v1/units/${district.id}`) return { body: district, headers: { ETag: "\"1\"" } };
  });
}

describe("awards", () => {
  beforeEach(() => setSession({ accessToken: "a", refreshToken: "r", expiresAt: Date.now() + 60_000 }));
  afterEach(() => setSession(null));

  it("lists awards with the filters the URL holds, the placeholder marked and the decision as dd/mm/yyyy", async () => {
    const requests = answer(admin, [award, placeholderAward]);
    renderAt(`/awards?q=phuong&form=certificateOfCommendation&status=approved&year=2023&issuerUnitId=${wardCommittee.id}`);

    const row = (await screen.findByRole("link", { name: "Nguyễn Thị Phượng" })).closest("tr")!;
    expect(within(row).getByText("125/QĐ-UBND")).toBeInTheDocument();
    expect(within(row).getByText("10/08/2023")).toBeInTheDocument();
    expect(within(row).getByText("Đã có quyết định")).toBeInTheDocument();
    expect(within(row).getByText("Giấy khen")).toBeInTheDocument();
    const other = screen.getByRole("link", { name: "Cá nhân có thành tích xuất sắc 1" }).closest("tr")!;
    expect(within(other).getByText("Chưa nêu tên")).toBeInTheDocument();

    const list = requests.map((r) => new URL(r.url)).find((u) => u.pathname === "/api/v1/awards")!;
    expect(Object.fromEntries(list.searchParams)).toMatchObject({
      q: "phuong", form: "certificateOfCommendation", status: "approved", year: "2023", issuerUnitId: wardCommittee.id,
    });
    expect(screen.getByRole("searchbox", { name: "Tìm kiếm" })).toHaveValue("phuong");
    expect(screen.getByRole("combobox", { name: "Hình thức" })).toHaveValue("Giấy khen");
    expect(screen.getByRole("combobox", { name: "Năm" })).toHaveValue("2023");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Cấp trao tặng" })).toHaveValue("UBND phường Định Công"));
  });

  it("shows the API's issuer rule next to the issuer field", async () => {
    const message = "Bằng khen do cấp trung ương hoặc cấp tỉnh trao; UBND quận Hoàng Mai là cấp huyện. Cấp này trao Giấy khen.";
    const posts: Request[] = [];
    answer(admin, [], (request, url) => {
      if (url.pathname === "/api/v1/awards" && request.method === "POST") {
        posts.push(request);
        return { status: 400, body: { status: 400, title: "One or more fields are invalid.", traceId: "00-def-01", errors: { issuerUnitId: [message] } } };
      }
    });
    renderAt(`/awards/new?issuerUnitId=${district.id}&eventId=`);
    const issuer = await screen.findByRole("combobox", { name: /Cấp trao tặng/ });
    await waitFor(() => expect(issuer).toHaveValue("UBND quận Hoàng Mai (giải thể 01/07/2025)"));
    await userEvent.click(screen.getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(issuer).toHaveAccessibleDescription(message));
    expect(posts).toHaveLength(1);
    const body = await posts[0]!.json() as Record<string, unknown>;
    expect(body).toMatchObject({ issuerUnitId: district.id, status: "proposed", initiativeId: null });
  });

  it("prints the recipient's name with its diacritics, the authority and the decision; a revoked award carries ĐÃ THU HỒI", () => {
    const { rerender } = render(<Certificate award={award} issuer={wardCommittee} />);
    const certificate = screen.getByTestId("certificate");
    expect(screen.getByTestId("certificate-recipient")).toHaveTextContent("Nguyễn Thị Phượng");
    expect(certificate).toHaveTextContent("GIẤY KHEN");
    expect(certificate).toHaveTextContent("ỦY BAN NHÂN DÂN PHƯỜNG ĐỊNH CÔNG");
    expect(certificate).toHaveTextContent("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(certificate).toHaveTextContent("Độc lập - Tự do - Hạnh phúc");
    expect(certificate).toHaveTextContent("Quyết định số 125/QĐ-UBND ngày 10 tháng 8 năm 2023");
    expect(certificate).toHaveTextContent("Định Công, ngày 10 tháng 8 năm 2023");
    expect(certificate).toHaveTextContent("TM. ỦY BAN NHÂN DÂN");
    expect(screen.queryByTestId("certificate-mark")).toBeNull();

    rerender(<Certificate award={revoked} issuer={wardCommittee} />);
    expect(screen.getByTestId("certificate-mark")).toHaveTextContent("ĐÃ THU HỒI");
    expect(screen.getByTestId("certificate-recipient")).toHaveTextContent("Nguyễn Thị Phượng");

    rerender(<Certificate award={{ ...placeholderAward, form: "certificateOfMerit" }} issuer={district} />);
    expect(screen.getByTestId("certificate-mark")).toHaveTextContent("DỰ THẢO");
    expect(screen.getByTestId("certificate")).toHaveTextContent("BẰNG KHEN");
    expect(screen.getByTestId("certificate")).toHaveTextContent("Quyết định số …………… ngày ….. tháng ….. năm ………");
  });

  it("names the place and the signer as a Vietnamese document does", () => {
    expect(placeOf("UBND Thành phố Hà Nội")).toBe("Hà Nội");
    expect(placeOf("UBND quận Hoàng Mai")).toBe("Hoàng Mai");
    expect(placeOf("Công an phường Định Công")).toBeNull();
    expect(signerLines({ kind: "authority" })).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    expect(signerLines({ kind: "police" })).toEqual(["THỦ TRƯỞNG ĐƠN VỊ"]);
  });

  it("offers the lifecycle moves the award allows now, and revocation only once decided", async () => {
    answer(admin, [award]);
    renderAt(`/awards/${award.id}`);
    await screen.findByRole("heading", { name: "Nguyễn Thị Phượng" });
    expect(screen.getByRole("button", { name: "Đánh dấu đã trao" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Trả về đề xuất" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Phê duyệt/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Thu hồi" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xóa" })).toBeNull();
    expect(screen.getByRole("link", { name: "In bằng/giấy khen" })).toHaveAttribute("href", `/awards/${award.id}/certificate`);
  });

  it("asks for the decision when approving a proposal, and shows the API's words next to the decision number", async () => {
    const statusCalls: Request[] = [];
    answer(admin, [placeholderAward], (request, url) => {
      if (url.pathname === `/api/v1/awards/${placeholderAward.id}` && request.method === "PUT") {
        return { status: 409, body: { status: 409, title: "Conflict", detail: "Số quyết định 125/QĐ-UBND của UBND quận Hoàng Mai năm 2023 đã dùng cho một khen thưởng khác." } };
      }
      if (url.pathname.endsWith("/status")) statusCalls.push(request);
    });
    renderAt(`/awards/${placeholderAward.id}`);
    await screen.findByText("Báo cáo không nêu số và ngày quyết định.");
    expect(screen.queryByRole("button", { name: "Thu hồi" })).toBeNull();
    expect(screen.getByRole("button", { name: "Xóa" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Phê duyệt (có quyết định)" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.type(within(dialog).getByRole("textbox", { name: /Số quyết định/ }), "125/QĐ-UBND");
    await userEvent.click(within(dialog).getByRole("button", { name: "Phê duyệt (có quyết định)" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("đã dùng cho một khen thưởng khác");
    expect(statusCalls).toHaveLength(0);
  });

  it("shows a reader no actions", async () => {
    answer(viewer, [award]);
    renderAt(`/awards/${award.id}`);
    await screen.findByRole("heading", { name: "Nguyễn Thị Phượng" });
    expect(screen.queryByRole("button", { name: "Đánh dấu đã trao" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Thu hồi" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Sửa" })).toBeNull();
  });

  it("writes dates the way official documents do: a zero only before days below 10 and the months 1 and 2", async () => {
    const { dateWords } = await import("./CertificatePage");
    expect(dateWords("2023-08-10")).toBe("ngày 10 tháng 8 năm 2023");
    expect(dateWords("2024-02-05")).toBe("ngày 05 tháng 02 năm 2024");
    expect(dateWords(null)).toBe("ngày ….. tháng ….. năm ………");
  });
});
