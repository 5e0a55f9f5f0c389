import { notifications } from "@mantine/notifications";
import i18n from "i18next";

/** A short success toast whose close button has a name a screen reader can say. */
export function notifyDone(message: string) {
  notifications.show({ message, color: "teal", closeButtonProps: { "aria-label": i18n.t("common.close") } });
}
