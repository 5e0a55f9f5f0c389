import { Skeleton, Stack } from "@mantine/core";
import { lazy, Suspense } from "react";

// The dashboard is the first page most people open: it loads on demand (its charts later still), so the first
// JavaScript stays within budget. A skeleton of the page's shape holds its place meanwhile.
const DashboardPage = lazy(() => import("./DashboardPage").then((m) => ({ default: m.DashboardPage })));

export function HomePage() {
  return (
    <Suspense fallback={<Stack gap="lg" aria-busy="true"><Skeleton height={40} width={240} /><Skeleton height={112} /><Skeleton height={260} /></Stack>}>
      <DashboardPage />
    </Suspense>
  );
}
