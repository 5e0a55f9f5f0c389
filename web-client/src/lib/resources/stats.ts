// The statistics summary: what the dashboard (the home page) shows for a unit and a year, in one call.
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../api";

export type StatsSummary = Omit<Schemas["StatsSummaryResponse"], "unit"> & {
  /** The document does not mark it nullable; the API sends null for every unit. */
  unit: Schemas["StatsUnit"] | null;
};
export type IndicatorProgressItem = Schemas["IndicatorProgressItem"];
export type StatsInitiative = Schemas["StatsInitiative"];
export type StatsEvent = Schemas["StatsEvent"];
export type ServiceTotal = Schemas["ServiceTotal"];
export type AwardsByForm = Schemas["AwardsByForm"];

export interface StatsParams {
  /** The unit with every unit below it; absent for every unit. */
  unitId?: string;
  year: number;
}

export const statsKeys = {
  all: ["stats"] as const,
  summary: (params: StatsParams) => [...statsKeys.all, "summary", params] as const,
};

/**
 * The API answers with an ETag and `Cache-Control: private, no-cache`: the browser keeps the answer and asks again with
 * If-None-Match, so an unchanged summary costs a 304 and no body.
 */
export const fetchStatsSummary = ({ unitId, year }: StatsParams) =>
  unwrap(api.GET("/api/v1/stats/summary", { params: { query: { unitId, year } } })) as Promise<StatsSummary>;

export const statsSummaryQueryOptions = (params: StatsParams) =>
  queryOptions({
    queryKey: statsKeys.summary(params),
    queryFn: () => fetchStatsSummary(params),
    // The previous unit's or year's figures stay on screen (dimmed) while the next arrive.
    placeholderData: keepPreviousData,
    // Read again whenever the page is shown or refocused, and every minute while it is open (a wall display in a
    // meeting follows the ward's work); each time usually a 304.
    staleTime: 0,
    refetchInterval: 60_000,
  });

export const useStatsSummary = (params: StatsParams, enabled = true) => useQuery({ ...statsSummaryQueryOptions(params), enabled });
