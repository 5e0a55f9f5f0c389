import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { createBrowserRouter, RouterProvider, type RouteObject } from "react-router";
import { NotFoundPage } from "../components/PageState";
import { ApiError } from "../lib/api";
import { RequireAccess } from "../features/auth/RequireAccess";
import { HomePage } from "../features/home/HomePage";
import { Layout } from "./Layout";
import { cssVariablesResolver, theme } from "./theme";

// Event screens load on demand so the first page stays small.
const EventsListPage = lazy(() => import("../features/events/components/EventsListPage").then((m) => ({ default: m.EventsListPage })));
const EventDetailPage = lazy(() => import("../features/events/components/EventDetailPage").then((m) => ({ default: m.EventDetailPage })));
const CreateEventPage = lazy(() => import("../features/events/components/EventFormPages").then((m) => ({ default: m.CreateEventPage })));
const EditEventPage = lazy(() => import("../features/events/components/EventFormPages").then((m) => ({ default: m.EditEventPage })));
const BadgesPage = lazy(() => import("../features/events/components/PrintViews").then((m) => ({ default: m.BadgesPage })));
const InvitationsPage = lazy(() => import("../features/events/components/PrintViews").then((m) => ({ default: m.InvitationsPage })));
const ParticipantsPage = lazy(() => import("../features/participants/ParticipantsPage").then((m) => ({ default: m.ParticipantsPage })));
const UnitsPage = lazy(() => import("../features/units/UnitsPage").then((m) => ({ default: m.UnitsPage })));
const UnitPage = lazy(() => import("../features/units/UnitPage").then((m) => ({ default: m.UnitPage })));
const ParticipantPage = lazy(() => import("../features/participants/ParticipantPage").then((m) => ({ default: m.ParticipantPage })));
const ChangePasswordPage = lazy(() => import("../features/auth/ChangePasswordPage").then((m) => ({ default: m.ChangePasswordPage })));
const SignInPage = lazy(() => import("../features/auth/SignInPage").then((m) => ({ default: m.SignInPage })));
const UsersPage = lazy(() => import("../features/admin/UsersPage").then((m) => ({ default: m.UsersPage })));
const ApiKeysPage = lazy(() => import("../features/admin/ApiKeysPage").then((m) => ({ default: m.ApiKeysPage })));
const AuditPage = lazy(() => import("../features/admin/AuditPage").then((m) => ({ default: m.AuditPage })));
const AwardsListPage = lazy(() => import("../features/awards/AwardsListPage").then((m) => ({ default: m.AwardsListPage })));
const AwardPage = lazy(() => import("../features/awards/AwardPage").then((m) => ({ default: m.AwardPage })));
const CreateAwardPage = lazy(() => import("../features/awards/AwardFormPages").then((m) => ({ default: m.CreateAwardPage })));
const EditAwardPage = lazy(() => import("../features/awards/AwardFormPages").then((m) => ({ default: m.EditAwardPage })));
const InitiativesListPage = lazy(() => import("../features/initiatives/InitiativesListPage").then((m) => ({ default: m.InitiativesListPage })));
const InitiativePage = lazy(() => import("../features/initiatives/InitiativePage").then((m) => ({ default: m.InitiativePage })));
const CreateInitiativePage = lazy(() => import("../features/initiatives/InitiativeFormPages").then((m) => ({ default: m.CreateInitiativePage })));
const EditInitiativePage = lazy(() => import("../features/initiatives/InitiativeFormPages").then((m) => ({ default: m.EditInitiativePage })));
const CertificatePage = lazy(() => import("../features/awards/CertificatePage").then((m) => ({ default: m.CertificatePage })));
// The gate check-in view: full screen on a phone, without the app shell; its camera scanner loads only when opened.
const GatePage = lazy(() => import("../features/gate/GatePage").then((m) => ({ default: m.GatePage })));

export const routes: RouteObject[] = [
  { path: "events/:id/gate", element: <GatePage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "events", element: <EventsListPage /> },
      { path: "events/new", element: <RequireAccess level="write"><CreateEventPage /></RequireAccess> },
      { path: "events/:id", element: <EventDetailPage /> },
      { path: "events/:id/badges", element: <BadgesPage /> },
      { path: "events/:id/invitations", element: <InvitationsPage /> },
      { path: "events/:id/edit", element: <RequireAccess level="write"><EditEventPage /></RequireAccess> },
      { path: "sign-in", element: <SignInPage /> },
      { path: "account/password", element: <ChangePasswordPage /> },
      { path: "admin/users", element: <RequireAccess level="admin"><UsersPage /></RequireAccess> },
      { path: "admin/api-keys", element: <RequireAccess level="admin"><ApiKeysPage /></RequireAccess> },
      { path: "admin/audit", element: <RequireAccess level="admin"><AuditPage /></RequireAccess> },
      { path: "participants", element: <ParticipantsPage /> },
      { path: "participants/:id", element: <ParticipantPage /> },
      { path: "initiatives", element: <InitiativesListPage /> },
      { path: "initiatives/new", element: <RequireAccess level="write"><CreateInitiativePage /></RequireAccess> },
      { path: "initiatives/:id", element: <InitiativePage /> },
      { path: "initiatives/:id/edit", element: <RequireAccess level="write"><EditInitiativePage /></RequireAccess> },
      { path: "awards", element: <AwardsListPage /> },
      { path: "awards/new", element: <RequireAccess level="write"><CreateAwardPage /></RequireAccess> },
      { path: "awards/:id", element: <AwardPage /> },
      { path: "awards/:id/edit", element: <RequireAccess level="write"><EditAwardPage /></RequireAccess> },
      { path: "awards/:id/certificate", element: <CertificatePage /> },
      { path: "units", element: <UnitsPage /> },
      { path: "units/:id", element: <UnitPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; network blips and 5xx may.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}

export function Providers({ children, client }: { children: React.ReactNode; client: QueryClient }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={client}>
        <Suspense>{children}</Suspense>
      </QueryClientProvider>
    </MantineProvider>
  );
}

export function App() {
  const [client] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>
  );
}
