import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../lib/api";
import type { operations } from "../../api/schema";

export type UserResponse = Schemas["UserResponse"];
export type ApiKeyResponse = Schemas["ApiKeyResponse"];
export type CreatedApiKey = Schemas["CreatedApiKeyResponse"];
export type AuditEntry = Schemas["AuditEntryResponse"];
export type AuditParams = NonNullable<operations["ListAudit"]["parameters"]["query"]>;
export const ROLES = ["admin", "editor", "viewer"] as const;

const keys = {
  users: ["admin", "users"] as const,
  apiKeys: ["admin", "api-keys"] as const,
  audit: (params: AuditParams) => ["admin", "audit", params] as const,
};

export const useUsers = (page: number) =>
  useQuery({ queryKey: [...keys.users, page], queryFn: () => unwrap(api.GET("/api/v1/users", { params: { query: { page, pageSize: 20 } } })), placeholderData: keepPreviousData });

export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; email: string; password: string; roles: string[]; unitIds: string[]; unlock?: boolean }) =>
      input.id
        ? unwrap(api.PUT("/api/v1/users/{id}", { params: { path: { id: input.id } }, body: { roles: input.roles, unitIds: input.unitIds, unlock: input.unlock ?? false } }))
        : unwrap(api.POST("/api/v1/users", { body: { email: input.email, password: input.password, roles: input.roles, unitIds: input.unitIds } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.users }),
  });
}

export const useApiKeys = () =>
  useQuery({ queryKey: keys.apiKeys, queryFn: () => unwrap(api.GET("/api/v1/api-keys", { params: { query: { pageSize: 100 } } })) });

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["CreateApiKeyCommand"]) => unwrap(api.POST("/api/v1/api-keys", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/api-keys/{id}", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.apiKeys }),
  });
}

export const useAudit = (params: AuditParams) =>
  useQuery({ queryKey: keys.audit(params), queryFn: () => unwrap(api.GET("/api/v1/audit", { params: { query: params } })), placeholderData: keepPreviousData });
