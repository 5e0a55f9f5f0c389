import { useMediaQuery } from "@mantine/hooks";

/** True on a phone-sized screen (below Mantine's `sm`, 48em), where lists become cards and dialogs full-screen. */
export function usePhone(): boolean {
  return useMediaQuery("(max-width: 47.99em)") ?? false;
}
