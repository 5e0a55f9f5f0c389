// The printed Bằng khen / Giấy khen: A4 landscape, its own @page, no app shell on paper. A lazy route with its own CSS.
import "@fontsource/be-vietnam-pro/vietnamese-700.css";
import "@fontsource/be-vietnam-pro/latin-700.css";
import "@fontsource/be-vietnam-pro/vietnamese-400-italic.css";
import "@fontsource/be-vietnam-pro/latin-400-italic.css";
import { Alert, Anchor, Button, Group, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorBanner } from "../../components/ErrorBanner";
import { NotFoundPage } from "../../components/PageState";
import { ApiError } from "../../lib/api";
import { useAward, type AwardResponse } from "../../lib/resources/awards";
import { useUnit, type UnitResponse } from "../../lib/resources/units";
import "./certificate.css";

const upper = (text: string) => text.toLocaleUpperCase("vi");

/** "UBND phường Định Công" → "Ủy ban nhân dân phường Định Công": a certificate spells the authority out. */
export function authorityName(name: string): string {
  return name.replace(/^UBND\b/u, "Ủy ban nhân dân");
}

/** The place in the date line: "UBND Thành phố Hà Nội" → "Hà Nội"; nothing when the issuer is not a People's Committee. */
export function placeOf(name: string | null | undefined): string | null {
  if (!name) return null;
  const match = /^(?:UBND|Ủy ban nhân dân)\s+(?:thành phố|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn|đặc khu)\s+(.+)$/iu.exec(name.trim());
  return match?.[1] ?? null;
}

/** The signature block's lines, by the issuer's kind: a People's Committee signs on behalf of the committee, by its chair. */
export function signerLines(unit: Pick<UnitResponse, "kind"> | undefined): string[] {
  switch (unit?.kind) {
    case "authority": return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
    case "partyCommittee": return ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"];
    case "steeringCommittee": return ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"];
    default: return ["THỦ TRƯỞNG ĐƠN VỊ"];
  }
}

/**
 * "ngày 10 tháng 8 năm 2023" as official documents write it (Decree 30/2020: a zero only before days below 10 and the
 * months 1 and 2), or dotted blanks to fill by hand.
 */
export function dateWords(day: string | null | undefined) {
  if (!day) return "ngày ….. tháng ….. năm ………";
  const [y, m, d] = day.split("-").map(Number);
  const month = m! < 3 ? `0${m}` : String(m);
  return `ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`;
}

/** The certificate of one award, as printed. Its words are Vietnamese whatever the screen's language: it is a Vietnamese document. */
export function Certificate({ award, issuer }: { award: AwardResponse; issuer?: UnitResponse }) {
  const { t } = useTranslation();
  const issuerName = award.issuerUnitName ?? "";
  const place = placeOf(issuerName);
  const title = award.form === "certificateOfMerit" ? "BẰNG KHEN"
    : award.form === "certificateOfCommendation" ? "GIẤY KHEN"
    : upper(t(`awards.formName.${award.form}`, { lng: "vi" }));
  return (
    <article className={`certificate certificate-${award.status}`} data-testid="certificate" lang="vi">
      <div className="certificate-frame">
        <div className="certificate-emblem" aria-hidden="true" />
        <div className="certificate-country">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
        <div className="certificate-motto">Độc lập - Tự do - Hạnh phúc</div>
        <div className="certificate-issuer">{upper(authorityName(issuerName))}</div>
        <h1 className="certificate-title">{title}</h1>
        <div className="certificate-to">
          <span className="certificate-to-word">Tặng</span>
          <span className="certificate-recipient" data-testid="certificate-recipient">{award.recipientName}</span>
        </div>
        <p className="certificate-citation">{award.citation}</p>
        <div className="certificate-footer">
          <div className="certificate-decision">
            {award.decisionNumber
              ? <>Quyết định số {award.decisionNumber} {dateWords(award.decisionDate)}</>
              : <>Quyết định số …………… {dateWords(award.decisionDate)}</>}
          </div>
          <div className="certificate-signature">
            <div className="certificate-place">{place ?? "……………"}, {dateWords(award.decisionDate)}</div>
            {signerLines(issuer).map((line) => <div key={line} className="certificate-signer">{line}</div>)}
          </div>
        </div>
      </div>
      {award.status === "revoked" && (
        <div className="certificate-mark certificate-mark-revoked" data-testid="certificate-mark">
          ĐÃ THU HỒI
          {award.revocation && <small>QĐ số {award.revocation.decisionNumber} {dateWords(award.revocation.decisionDate)}</small>}
        </div>
      )}
      {award.status === "proposed" && <div className="certificate-mark certificate-mark-draft" data-testid="certificate-mark">DỰ THẢO</div>}
    </article>
  );
}

export function CertificatePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const query = useAward(id);
  const issuer = useUnit(query.data?.data.issuerUnitId);

  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.isPending) return <Skeleton height={320} />;
  if (!query.data) return <ErrorBanner error={query.error} />;
  const award = query.data.data;

  return (
    <Stack gap="md" className="certificate-view">
      <Stack gap="xs" className="no-print">
        <Anchor component={Link} to={`/awards/${award.id}`} size="sm">← {award.recipientName}</Anchor>
        <Group justify="space-between" align="end" wrap="wrap">
          <Stack gap={2}>
            <Title order={1}>{t("awards.certificate.title")}</Title>
            <Text c="dimmed" size="sm">{t("awards.certificate.layout")}</Text>
          </Stack>
          <Button onClick={() => window.print()} disabled={issuer.isPending}>{t("common.print")}</Button>
        </Group>
        {award.status === "revoked" && <Alert color="red" title={t("awards.status.revoked")}>{t("awards.certificate.revokedNote")}</Alert>}
        {award.status === "proposed" && <Alert color="yellow" title={t("awards.status.proposed")}>{t("awards.certificate.draftNote")}</Alert>}
      </Stack>
      <div className="certificate-page">
        <Certificate award={award} issuer={issuer.data?.data} />
      </div>
    </Stack>
  );
}
