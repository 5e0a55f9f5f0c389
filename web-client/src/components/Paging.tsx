import { Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePhone } from "../lib/usePhone";

/** Page numbers for a list; every control has a name a screen reader can say, and a phone shows fewer numbers. */
export function Paging({ total, pageSize, page, onChange }: { total: number; pageSize: number; page: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  if (total <= pageSize) return null;
  return (
    <Pagination
      total={Math.ceil(total / pageSize)}
      value={page}
      onChange={onChange}
      siblings={phone ? 0 : 1}
      getControlProps={(control) => ({ "aria-label": t(`common.pageControl.${control}`) })}
      getItemProps={(item) => ({ "aria-label": `${t("common.page")} ${item}` })}
    />
  );
}
