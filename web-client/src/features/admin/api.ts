import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ifMatch, unwrap, unwrapVersioned, type Schemas } from "../../lib/api";
import type { operations } from "../../api/schema";

export type UserResponse = Schemas["UserResponse"];
export type ApiKeyResponse = Schemas["ApiKeyResponse"];
export type CreatedApiKey = Schemas["CreatedApiKeyResponse"];
export type AuditEntry = Schemas["AuditEntryResponse"];
export type AuditParams = NonNullable<operations["ListAudit"]["parameters"]["query"]>;

export const adminKeys = {
  users: ["admin", "users"] as const,
  user: (id: string) => ["admin", "users", "detail", id] as const,
  apiKeys: ["admin", "api-keys"] as const,
  audit: (params: AuditParams) => ["admin", "audit", params] as const,
};

export const fetchUsers = (page: number) => unwrap(api.GET("/api/v1/users", { params: { query: { page, pageSize: 20 } } }));
export const fetchUser = (id: string) => unwrapVersioned(api.GET("/api/v1/users/{id}", { params: { path: { id } } }));
export const fetchApiKeys = () => unwrap(api.GET("/api/v1/api-keys", { params: { query: { pageSize: 100 } } }));
export const fetchAudit = (params: AuditParams) => unwrap(api.GET("/api/v1/audit", { params: { query: params } }));

export const usersQueryOptions = (page: number) =>
  queryOptions({ queryKey: [...adminKeys.users, page], queryFn: () => fetchUsers(page), placeholderData: keepPreviousData });
/** One account with its ETag, read afresh so an edit sends the current If-Match. */
export const userQueryOptions = (id: string) => queryOptions({ queryKey: adminKeys.user(id), queryFn: () => fetchUser(id), staleTime: 0 });
export const apiKeysQueryOptions = () => queryOptions({ queryKey: adminKeys.apiKeys, queryFn: fetchApiKeys });
export const auditQueryOptions = (params: AuditParams) =>
  queryOptions({ queryKey: adminKeys.audit(params), queryFn: () => fetchAudit(params), placeholderData: keepPreviousData });

export const useUsers = (page: number) => useQuery(usersQueryOptions(page));
export const useUser = (id: string | null) => useQuery({ ...userQueryOptions(id ?? ""), enabled: !!id });

export interface UserInput { id?: string; etag?: string | null; email: string; password: string; roles: string[]; unitIds: string[]; unlock?: boolean }

export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInput) =>
      input.id
        ? unwrap(api.PUT("/api/v1/users/{id}", {
          params: { path: { id: input.id } }, headers: ifMatch(input.etag),
          body: { roles: input.roles, unitIds: input.unitIds, unlock: input.unlock ?? false },
        }))
        : unwrap(api.POST("/api/v1/users", { body: { email: input.email, password: input.password, roles: input.roles, unitIds: input.unitIds } })),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

/** Gives a user a one-time password (shown once to the admin); they must choose their own at the next sign-in. */
export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/v1/users/{id}/password-reset", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export const useApiKeys = () => useQuery(apiKeysQueryOptions());

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["CreateApiKeyCommand"]) => unwrap(api.POST("/api/v1/api-keys", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/api-keys/{id}", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.apiKeys }),
  });
}

export const useAudit = (params: AuditParams) => useQuery(auditQueryOptions(params));
