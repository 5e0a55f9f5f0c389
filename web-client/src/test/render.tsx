import { render } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { vi } from "vitest";
import { Providers, createQueryClient, routes } from "../app/App";

/** Renders the real app routes at a URL, with a fresh query cache. */
export function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const view = render(
    <Providers client={client}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router };
}

type Handler = (request: Request) => { status?: number; body?: unknown; headers?: Record<string, string> } | undefined;

/** Answers the app's API calls from `handler`; every request is recorded for assertions. */
export function mockApi(handler: Handler) {
  const requests: Request[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const answer = handler(request) ?? { status: 404, body: { status: 404, title: "Not found" } };
    const status = answer.status ?? 200;
    const contentType = status >= 400 ? "application/problem+json" : "application/json";
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { "Content-Type": contentType, ...answer.headers },
    });
  });
  return requests;
}
