import { useMediaQuery } from "@mantine/hooks";

/**
 * True on a phone-sized screen (below Mantine's `sm`, 48em), where lists become cards and dialogs full-screen. Read at
 * the first render (the app renders only in the browser): reading it in an effect drew a phone's list first as a table,
 * then again as cards.
 */
export function usePhone(): boolean {
  return useMediaQuery("(max-width: 47.99em)", undefined, { getInitialValueInEffect: false });
}
