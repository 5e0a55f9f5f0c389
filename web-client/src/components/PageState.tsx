import { Button, Center, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih={300}>
      <Stack align="center">
        <Title order={1}>{t("common.notFound")}</Title>
        <Text c="dimmed">{t("common.notFoundText")}</Text>
        <Button component={Link} to="/">{t("nav.home")}</Button>
      </Stack>
    </Center>
  );
}
