import { Modal, type ModalProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePhone } from "../lib/usePhone";

/** A dialog that takes the whole screen on a phone, so its fields and buttons stay in reach. */
export function ResponsiveModal(props: ModalProps) {
  const phone = usePhone();
  const { t } = useTranslation();
  return <Modal size="lg" closeButtonProps={{ "aria-label": t("common.close") }} {...props} fullScreen={phone} />;
}
