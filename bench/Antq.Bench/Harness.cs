using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace Antq.Bench;

/// <summary>
/// Measures each scenario on the API and on the raw-Npgsql baseline: interleaved peak runs (median of the pairs), then a
/// constant-rate run for latency, the SQL statements each request sends (pg_stat_statements), and writes the table.
/// </summary>
public static class Harness
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] GroupLeader = ["Tổ trưởng tổ dân phố"];

    public static async Task<int> RunAsync(Options options)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", options.Key);
        await using var db = NpgsqlDataSource.Create(options.Db);

        var scenarios = await ScenariosAsync(http, db, options);
        if (options.Only.Length > 0)
            scenarios = [.. scenarios.Where(s => options.Only.Contains(s.Name))];

        var load = new Load(http, options.Concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(options.Seconds));
        var rows = new List<Row>();
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"» {scenario.Title}");
            if (scenario.HasBaseline)
                await CheckSameAnswerAsync(http, options, scenario);
            var api = new List<double>();
            var baseline = new List<double>();
            var errors = 0;
            for (var pair = 0; pair < options.Pairs; pair++)
            {
                // Alternate which side goes first, so a drifting machine favours neither.
                foreach (var (target, into) in pair % 2 == 0 ? [(options.Api, api), (options.Baseline, baseline)] : new[] { (options.Baseline, baseline), (options.Api, api) })
                {
                    if (target == options.Baseline && !scenario.HasBaseline)
                        continue;
                    var (perSecond, failed) = await load.PeakAsync(target, scenario);
                    into.Add(perSecond);
                    errors += failed;
                }
                Console.WriteLine($"  pair {pair + 1}: API {api[^1]:F0}/s" + (scenario.HasBaseline ? $", baseline {baseline[^1]:F0}/s" : ""));
            }
            var rate = scenario.FixedRate ?? Math.Max(1, (int)(Median(scenario.HasBaseline ? baseline : api) / 2));
            var apiLatency = await load.FixedRateAsync(options.Api, scenario, rate);
            var baselineLatency = scenario.HasBaseline ? await load.FixedRateAsync(options.Baseline, scenario, rate) : null;
            Latency? single = scenario.SingleClient ? await load.SingleClientAsync(options.Api, scenario, 200) : null;
            var statements = await StatementsPerRequestAsync(db, load, options.Api, scenario);
            double? baselineStatements = scenario.HasBaseline ? await StatementsPerRequestAsync(db, load, options.Baseline, scenario) : null;
            var row = new Row(scenario, Median(api), scenario.HasBaseline ? Median(baseline) : null, rate, apiLatency, baselineLatency, single, statements, baselineStatements,
                errors + apiLatency.Errors + (baselineLatency?.Errors ?? 0));
            Console.WriteLine($"  {row.Summary}");
            rows.Add(row);
        }

        var pageRatio = await PageRatioAsync(load, options.Api, scenarios);
        await WriteResultsAsync(options.Results, rows, pageRatio, options);
        return rows.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static async Task<List<Scenario>> ScenariosAsync(HttpClient http, NpgsqlDataSource db, Options options)
    {
        var eventIds = new List<Guid>();
        await using (var command = db.CreateCommand("SELECT id FROM events WHERE status <> 'Draft' ORDER BY hashtext(id::text) LIMIT 5000"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                eventIds.Add(reader.GetGuid(0));
        var people = await ScalarAsync<long>(db, "SELECT count(*) FROM participants");
        var ward = BenchId(4, 1);
        var wardPolice = BenchId(6, 1);
        var group = BenchId(7, 1);
        var gate = await OpenGateAsync(http, options.Api, wardPolice);
        var year = DateTime.UtcNow.Year - 1;

        return
        [
            new("event-by-id", "one event by id", i => Get($"/api/v1/events/{eventIds[i % eventIds.Count]}"), HttpStatusCode.OK) { HasBaseline = true },
            new("events-page", "a filtered first page of events (scheduled, newest first)", _ => Get("/api/v1/events?status=scheduled"), HttpStatusCode.OK)
                { HasBaseline = true },
            new("search-rare", "participant search, a rare term (\"nguyen thi phuong\")", _ => Get("/api/v1/participants?q=nguyen%20thi%20phuong"), HttpStatusCode.OK)
                { SingleClient = true, HasBaseline = true },
            new("search-common", "participant search, a common term (\"phuong\")", _ => Get("/api/v1/participants?q=phuong"), HttpStatusCode.OK)
                { SingleClient = true, HasBaseline = true },
            new("create-participant", "create a participant", i => Post("/api/v1/participants", new
            {
                kind = "individual",
                fullName = $"Trần Thị Bích Ngọc {i}",
                positions = GroupLeader,
                unitId = group,
                phone = $"09{i % 100_000_000:00000000}",
            }), HttpStatusCode.Created) { FixedRate = 200, Writes = true, HasBaseline = true },
            new("stats", $"the dashboard's statistics (a ward, {year})", _ => Get($"/api/v1/stats/summary?unitId={ward}&year={year}"), HttpStatusCode.OK)
                { HasBaseline = true },
            new("check-in", "a check-in at the gate (a walk-in by participant id)", i => Post($"/api/v1/events/{gate}/check-ins",
                new { participantId = BenchId(8, i % people + 1) }), HttpStatusCode.Created) { FixedRate = 100, Writes = true, HasBaseline = true },
            new("events-page-1", "events, page 1 (no filter)", _ => Get("/api/v1/events?page=1"), HttpStatusCode.OK),
            new("events-page-500", "events, page 500 (no filter)", _ => Get("/api/v1/events?page=500"), HttpStatusCode.OK),
        ];
    }

    /// <summary>An event happening now, hosted by a ward's police, for the check-in runs.</summary>
    private static async Task<Guid> OpenGateAsync(HttpClient http, Uri api, Guid host)
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await http.PostAsJsonAsync(new Uri(api, "/api/v1/events"), new
        {
            title = $"Ngày hội bench {now:yyyyMMddHHmmss}",
            kind = "festival",
            startsAt = now.AddHours(-1),
            endsAt = now.AddHours(6),
            venue = "Nhà văn hoá phường",
            hostUnitId = host,
        });
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"could not create the gate event: {(int)response.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        using var opened = await http.PostAsJsonAsync(new Uri(api, $"/api/v1/events/{id}/status"), new { status = "scheduled" });
        return id;
    }

    /// <summary>The baseline must answer what the API answers: one request of each read, compared as JSON.</summary>
    private static async Task CheckSameAnswerAsync(HttpClient http, Options options, Scenario scenario)
    {
        if (scenario.Writes)
            return;
        using var first = scenario.Request(0);
        using var second = scenario.Request(0);
        first.RequestUri = new Uri(options.Api, first.RequestUri!);
        second.RequestUri = new Uri(options.Baseline, second.RequestUri!);
        var api = await (await http.SendAsync(first)).Content.ReadAsStringAsync();
        var baseline = await (await http.SendAsync(second)).Content.ReadAsStringAsync();
        if (!JsonEquals(api, baseline))
            throw new InvalidOperationException($"{scenario.Name}: the baseline answers differently.\n API:      {Cut(api)}\n baseline: {Cut(baseline)}");
        static string Cut(string s) => s.Length > 2000 ? s[..2000] : s;
    }

    private static bool JsonEquals(string a, string b) =>
        JsonElement.DeepEquals(JsonDocument.Parse(a).RootElement, JsonDocument.Parse(b).RootElement);

    /// <summary>Statements per request from pg_stat_statements (BEGIN and COMMIT count), over 20 requests one at a time.</summary>
    private static async Task<double> StatementsPerRequestAsync(NpgsqlDataSource db, Load load, Uri target, Scenario scenario)
    {
        const int requests = 20;
        await ScalarAsync<object>(db, "SELECT pg_stat_statements_reset()");
        for (var i = 0; i < requests; i++)
            await load.SendAsync(target, scenario);
        var calls = await ScalarAsync<decimal?>(db, "SELECT sum(calls) FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT LIKE 'SELECT lower(public.unaccent%'") ?? 0;
        return (double)calls / requests;
    }

    private static async Task<double?> PageRatioAsync(Load load, Uri api, List<Scenario> scenarios)
    {
        if (scenarios.Find(s => s.Name == "events-page-1") is not { } first || scenarios.Find(s => s.Name == "events-page-500") is not { } far)
            return null;
        var one = await load.SingleClientAsync(api, first, 200);
        var five = await load.SingleClientAsync(api, far, 200);
        Console.WriteLine($"  page 1 p50 {one.P50:F1} ms, page 500 p50 {five.P50:F1} ms");
        return five.P50 / one.P50;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync() is var value and not DBNull ? value! : default(T)!);
    }

    private static Guid BenchId(int kind, long n) =>
        Guid.Parse(string.Create(Invariant, $"00000000-0000-7000-{kind:0000}-{n:000000000000}"));

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    private static HttpRequestMessage Post(string path, object body) =>
        new(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Row(Scenario Scenario, double ApiPeak, double? BaselinePeak, int Rate, Latency Api, Latency? Baseline, Latency? Single,
        double Statements, double? BaselineStatements, int Errors)
    {
        public double? Ratio => ApiPeak / BaselinePeak;

        public string Summary =>
            FormattableString.Invariant($"peak API {ApiPeak:F0}/s, baseline {BaselinePeak:F0}/s (ratio {Ratio:F2}); at {Rate}/s API p50 {Api.P50:F1} p99 {Api.P99:F1} ms, baseline p50 {Baseline?.P50:F1} p99 {Baseline?.P99:F1} ms")
            + (Single is { } s ? FormattableString.Invariant($"; one client p50 {s.P50:F1} p99 {s.P99:F1} ms") : "")
            + FormattableString.Invariant($"; statements {Statements:F1} vs {BaselineStatements:F1}; errors {Errors}");
    }

    private static async Task WriteResultsAsync(string path, List<Row> rows, double? pageRatio, Options options)
    {
        var table = new StringBuilder();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"""
            Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC by `bench/run` on {Machine()}; load average before the run {LoadAverage()}.
            Peak: {options.Concurrency} clients in a closed loop for {options.Seconds} s after 2 s of warm-up, {options.Pairs} interleaved API/baseline pairs, median.
            Latency: an open loop at a constant rate (the target's rate, else half the baseline's peak) for {options.Seconds} s, measured from when each request was due.
            Statements: pg_stat_statements calls per request (BEGIN/COMMIT included; not the search folding function's inner SELECT, which PostgreSQL counts when it pre-evaluates it) over 20 requests.

            | operation | API req/s | baseline req/s | ratio | rate | API p50 / p99 ms | baseline p50 / p99 ms | one client p50 / p99 ms | SQL statements (API; baseline) | target | met |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|
            """));
        foreach (var row in rows)
        {
            var (target, met) = Target(row, pageRatio);
            var single = row.Single is { } s ? FormattableString.Invariant($"{s.P50:F1} / {s.P99:F1}") : "–";
            var baseline = row.Baseline is { } b ? FormattableString.Invariant($"{row.BaselinePeak:F0} | {row.Ratio:F2} | {row.Rate}/s | {row.Api.P50:F1} / {row.Api.P99:F1} | {b.P50:F1} / {b.P99:F1}")
                : FormattableString.Invariant($"– | – | {row.Rate}/s | {row.Api.P50:F1} / {row.Api.P99:F1} | –");
            table.AppendLine(FormattableString.Invariant(
                $"| {row.Scenario.Title} | {row.ApiPeak:F0} | {baseline} | {single} | {row.Statements:0.#}; {row.BaselineStatements?.ToString("0.#", Invariant) ?? "–"} | {target} | {met} |"));
        }
        if (pageRatio is { } ratio)
            table.AppendLine(CultureInfo.InvariantCulture, $"\nPage 500 against page 1 (one client, p50): **{ratio:F2}×** (target ≤ 1.5×).");
        if (rows.Any(r => r.Errors > 0))
            table.AppendLine("\n**Errors**: " + string.Join(", ", rows.Where(r => r.Errors > 0).Select(r => $"{r.Scenario.Name} {r.Errors}")));

        const string start = "<!-- harness:start -->", end = "<!-- harness:end -->";
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmark results\n";
        var section = $"{start}\n{table}{end}";
        text = text.Contains(start, StringComparison.Ordinal)
            ? text[..text.IndexOf(start, StringComparison.Ordinal)] + section + text[(text.IndexOf(end, StringComparison.Ordinal) + end.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        await File.WriteAllTextAsync(path, text);
        Console.WriteLine($"» wrote {path}");
    }

    private static (string Target, string Met) Target(Row row, double? pageRatio)
    {
        static string Yes(bool ok) => ok ? "yes" : "**no**";
        return row.Scenario.Name switch
        {
            "event-by-id" => ("≥ 0.90 of raw", Yes(row.Ratio >= 0.90)),
            "events-page" => ("≥ 0.80 of raw", Yes(row.Ratio >= 0.80)),
            "search-rare" or "search-common" => ("one client p99 ≤ 60 ms", Yes(row.Single!.P99 <= 60)),
            "create-participant" => ("≥ 0.60 of raw, p99 ≤ 50 ms at 200/s", Yes(row.Ratio >= 0.60 && row.Api.P99 <= 50)),
            "check-in" => ("p99 ≤ 30 ms at 100/s", Yes(row.Api.P99 <= 30)),
            "events-page-500" => ("≤ 1.5× page 1", pageRatio is { } r ? Yes(r <= 1.5) : "–"),
            _ => ("–", "–"),
        };
    }

    private static string Machine()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        return $"{Environment.ProcessorCount} cores, {model}";
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var parts ? string.Join(" ", parts) : "?";
}
