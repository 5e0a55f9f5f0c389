import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from "@mantine/core";

// One deep red accent on calm greys; shade 7 (#9b1c1c) keeps white text above WCAG AA contrast.
const antqRed: MantineColorsTuple = [
  "#fdf2f2", "#fbe0e0", "#f3bcbc", "#ea9494", "#e06d6d", "#d04848", "#b42b2b", "#9b1c1c", "#7f1717", "#641111",
];

export const theme = createTheme({
  primaryColor: "antqRed",
  primaryShade: 7,
  colors: { antqRed },
  fontFamily: "'Be Vietnam Pro', system-ui, sans-serif",
  headings: {
    fontFamily: "'Be Vietnam Pro', system-ui, sans-serif",
    fontWeight: "600",
    // Long Vietnamese titles: smaller on a phone, full size from a laptop up.
    sizes: { h1: { fontSize: "clamp(1.625rem, 1.25rem + 1.6vw, 2.125rem)" } },
  },
  defaultRadius: "md",
  components: {
    // A closed Select's (or MultiSelect's) options are not kept in the page, hidden: kept there, each one positions its
    // hidden dropdown as it appears, forcing a style and layout pass of the whole page while a list or the dashboard
    // first renders. They are drawn when the dropdown opens.
    Combobox: { defaultProps: { keepMounted: false } },
  },
});

/** Mantine's default dimmed grey (#868e96) is below WCAG AA contrast on white; gray-7 meets it. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { "--mantine-color-dimmed": t.colors.gray[7]! },
  dark: {},
});
