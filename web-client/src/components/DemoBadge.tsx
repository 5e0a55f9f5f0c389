import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Remarks about demo or incomplete data, as a badge above the fields rather than text inside them. */
export function DemoBadge({ kind }: { kind: "tentativeTimes" | "placeholder" }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" radius="sm" tt="none" fz="sm" fw={600}
      styles={{ root: { color: "#7a4a00", backgroundColor: "#fff9db", borderColor: "#ffd43b" } }}>
      {t(`demo.${kind}`)}
    </Badge>
  );
}
