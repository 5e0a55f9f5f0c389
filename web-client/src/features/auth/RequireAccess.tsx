import { Skeleton, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useAuth } from "../../lib/auth";

/** Pages for writers or admins: sends signed-out visitors to sign in, and tells others kindly why they cannot go on. */
export function RequireAccess({ level, children }: { level: "write" | "admin"; children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  if (!auth.signedIn) return <Navigate to={`/sign-in?from=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (auth.loading) return <Skeleton height={200} />;
  const allowed = level === "admin" ? auth.isAdmin : auth.canWrite;
  if (!allowed) {
    return (
      <Stack>
        <Title order={1}>{t("auth.noAccessTitle")}</Title>
        <Text c="dimmed">{t(level === "admin" ? "auth.noAccessAdmin" : "auth.noAccessWrite")}</Text>
      </Stack>
    );
  }
  return <>{children}</>;
}
