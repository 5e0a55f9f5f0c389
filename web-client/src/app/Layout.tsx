import { Anchor, AppShell, Burger, Button, Group, NavLink, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { useAuth } from "../lib/auth";
import { changeLanguage, type Language } from "../lib/i18n";

const NAV = [
  { to: "/", key: "nav.home", exact: true },
  { to: "/events", key: "nav.events" },
  { to: "/participants", key: "nav.participants" },
  { to: "/initiatives", key: "nav.initiatives" },
  { to: "/awards", key: "nav.awards" },
  { to: "/units", key: "nav.units" },
];

const LANGUAGE_OPTIONS: { value: Language; label: string }[] = [
  { value: "vi", label: "Tiếng Việt" },
  { value: "en", label: "English" },
];

const ADMIN_NAV = [
  { to: "/admin/users", key: "nav.users" },
  { to: "/admin/api-keys", key: "nav.apiKeys" },
  { to: "/admin/audit", key: "nav.audit" },
];

export function Layout() {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const auth = useAuth();
  // After an admin's reset every other call is refused: the only way on is choosing a new password.
  const forced = auth.mustChangePassword && pathname !== "/account/password";

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="lg">
      <a href="#main" className="skip-link">{t("app.skipToContent")}</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("app.openNavigation")} />
            <Anchor component={Link} to="/" underline="never" c="antqRed.7" fw={700} fz="xl" aria-label="ANTQ">ANTQ</Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md">{t("app.tagline")}</Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* Two toggle buttons drawn by CSS, not Mantine's SegmentedControl: its sliding indicator measures itself while
                every page first renders, forcing a style and layout pass of the whole page in the middle of it. */}
            <div role="group" aria-label={t("app.language")} className="lang-switch">
              {LANGUAGE_OPTIONS.map((option) => (
                <button key={option.value} type="button" className="lang-switch-option" aria-pressed={i18n.language === option.value}
                  onClick={() => void changeLanguage(option.value)}>
                  {option.label}
                </button>
              ))}
            </div>
            {auth.signedIn ? (
              // A plain button, not a dropdown menu: a popover would pull its positioning library into the first page load.
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" maw={200} truncate visibleFrom="sm" title={auth.me?.roles.map((role) => t(`role.${role}`)).join(", ")}>
                  {auth.me?.email}
                </Text>
                <Button variant="default" size="xs" onClick={() => { auth.signOut(); void navigate("/"); }}>{t("auth.signOut")}</Button>
              </Group>
            ) : (
              pathname !== "/sign-in" && (
                <Button component={Link} to={`/sign-in?from=${encodeURIComponent(pathname + search)}`} size="xs">{t("auth.signIn")}</Button>
              )
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="ANTQ">
        {NAV.map((item) => (
          <NavLink key={item.to} component={Link} to={item.to} label={t(item.key)} onClick={close}
            active={item.exact ? pathname === item.to : pathname.startsWith(item.to)} />
        ))}
        {auth.signedIn && (
          <>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="md" mb={4} px="sm">{t("nav.account")}</Text>
            <NavLink component={Link} to="/account/password" label={t("account.changePassword")} onClick={close}
              active={pathname === "/account/password"} />
          </>
        )}
        {auth.isAdmin && (
          <>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="md" mb={4} px="sm">{t("nav.admin")}</Text>
            {ADMIN_NAV.map((item) => (
              <NavLink key={item.to} component={Link} to={item.to} label={t(item.key)} onClick={close} active={pathname.startsWith(item.to)} />
            ))}
          </>
        )}
        <NavLink href="/swagger" label={t("nav.api")} mt="auto" />
      </AppShell.Navbar>
      <AppShell.Main id="main">
        {forced ? <Navigate to={`/account/password?from=${encodeURIComponent(pathname + search)}`} replace /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
