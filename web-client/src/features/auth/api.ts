import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError, unwrap, type Schemas } from "../../lib/api";
import { sessionFrom, setSession, useSession } from "../../lib/session";

export type Me = Schemas["MeResponse"];

export async function signIn(email: string, password: string) {
  const { data, error, response } = await api.POST("/api/v1/auth/login", { body: { email, password } });
  if (!response.ok) throw new ApiError({ ...(error as object), status: response.status });
  setSession(sessionFrom(data as unknown as { accessToken: string; refreshToken: string; expiresIn: number }));
}

/** Who is signed in and what they may do; nothing when signed out. */
export function useAuth() {
  const session = useSession();
  const client = useQueryClient();
  const me = useQuery({
    queryKey: ["me", session?.refreshToken],
    queryFn: () => unwrap(api.GET("/api/v1/auth/me")),
    enabled: !!session,
    staleTime: 5 * 60_000,
  });
  const roles = session ? (me.data?.roles ?? []) : [];
  return {
    signedIn: !!session,
    loading: !!session && me.isPending,
    me: session ? me.data : undefined,
    isAdmin: roles.includes("admin"),
    canWrite: roles.includes("admin") || roles.includes("editor"),
    signOut: () => {
      setSession(null);
      client.clear();
    },
  };
}
