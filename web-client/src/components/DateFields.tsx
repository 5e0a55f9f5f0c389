import { DateInput, type DateInputProps } from "@mantine/dates";
// The calendar's styles come with the date fields, not with the first page (only forms use them).
import "@mantine/dates/styles.css";
import { useTranslation } from "react-i18next";
import { DATE_FORMAT, DATE_TIME_FORMAT, parseTyped } from "../lib/dates";

type FieldProps = Omit<DateInputProps, "value" | "onChange" | "valueFormat" | "dateParser" | "withTime" | "locale"> & {
  /** Hà Nội wall clock, "2023-08-14 19:00:00" (see lib/dates), or null. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * Date and time typed as "14/08/2023 19:30" or picked from a Vietnamese calendar — never the browser's native input,
 * whose format follows the browser's language. Picking a day keeps the time already typed.
 */
export function DateTimeField({ value = null, onChange, ...props }: FieldProps) {
  const { t } = useTranslation();
  const change = (next: string | null) => {
    if (next && next.length === 10) {
      // The calendar gives a day; keep the time (or start at 08:00).
      onChange?.(`${next} ${value?.slice(11, 19) || "08:00:00"}`);
    } else onChange?.(next);
  };
  return (
    <DateInput
      {...props}
      value={value}
      onChange={change}
      locale="vi"
      withTime
      valueFormat={DATE_TIME_FORMAT}
      dateParser={(text) => parseTyped(text, true)}
      placeholder="dd/mm/yyyy hh:mm"
      // Weekend days in Mantine's light red fall below AA contrast; officers work weekends anyway.
      weekendDays={[]}
      clearable={!props.withAsterisk}
      clearButtonProps={{ "aria-label": t("common.clearDate") }}
    />
  );
}

/** A day typed as "14/08/2023" or picked from a Vietnamese calendar; the value is "2023-08-14" or null. */
export function DateField({ value = null, onChange, ...props }: FieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...props}
      value={value}
      onChange={onChange}
      locale="vi"
      valueFormat={DATE_FORMAT}
      dateParser={(text) => parseTyped(text, false)}
      placeholder="dd/mm/yyyy"
      weekendDays={[]}
      clearable
      clearButtonProps={{ "aria-label": t("common.clearDate") }}
    />
  );
}
