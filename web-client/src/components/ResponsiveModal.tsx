import { Modal, type ModalProps } from "@mantine/core";
import { usePhone } from "../lib/usePhone";

/** A dialog that takes the whole screen on a phone, so its fields and buttons stay in reach. */
export function ResponsiveModal(props: ModalProps) {
  const phone = usePhone();
  return <Modal size="lg" {...props} fullScreen={phone} />;
}
