using System.Diagnostics;
using System.Net;

namespace Antq.Bench;

/// <summary>One measured operation: how to build its request (the i-th of a run) and which answer counts as success.</summary>
public sealed record Scenario(string Name, string Title, Func<int, HttpRequestMessage> Request, HttpStatusCode Success)
{
    /// <summary>A fixed rate the issue names for this operation (requests/s), else half the baseline's peak.</summary>
    public int? FixedRate { get; init; }

    /// <summary>Measured with one client in a loop (search: its p99 single-client target) besides the rate run.</summary>
    public bool SingleClient { get; init; }

    /// <summary>A write: the baseline and the API each get their own requests (no two writes of the same row).</summary>
    public bool Writes { get; init; }

    /// <summary>The baseline serves this operation too (else the API's figures stand alone, against their absolute targets).</summary>
    public bool HasBaseline { get; init; }
}

public sealed record Latency(double P50, double P99, int Count, int Errors);

/// <summary>
/// The load tool. Peak: a closed loop of <see cref="Concurrency"/> clients for a fixed time. Rate: an open loop that
/// sends at a constant rate and measures each latency from when the request was due (no coordinated omission).
/// </summary>
public sealed class Load(HttpClient http, int concurrency, TimeSpan warmup, TimeSpan duration)
{
    public int Concurrency => concurrency;
    private int sequence;

    /// <summary>A unique request number, so writes never repeat across runs and targets.</summary>
    private int Next() => Interlocked.Increment(ref sequence);

    public async Task<(double PerSecond, int Errors)> PeakAsync(Uri target, Scenario scenario)
    {
        await ClosedLoopAsync(target, scenario, warmup, _ => { });
        var count = 0;
        var errors = 0;
        var elapsed = await ClosedLoopAsync(target, scenario, duration, ok =>
        {
            Interlocked.Increment(ref count);
            if (!ok) Interlocked.Increment(ref errors);
        });
        return (count / elapsed.TotalSeconds, errors);
    }

    private async Task<TimeSpan> ClosedLoopAsync(Uri target, Scenario scenario, TimeSpan length, Action<bool> done)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < length)
                done(await SendAsync(target, scenario) is not null);
        });
        await Task.WhenAll(workers);
        return clock.Elapsed;
    }

    public async Task<Latency> SingleClientAsync(Uri target, Scenario scenario, int requests)
    {
        for (var i = 0; i < Math.Max(5, requests / 10); i++)
            await SendAsync(target, scenario);
        var times = new List<double>(requests);
        var errors = 0;
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (await SendAsync(target, scenario) is null) errors++;
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return Summarize(times, errors);
    }

    public async Task<Latency> FixedRateAsync(Uri target, Scenario scenario, double perSecond)
    {
        await ClosedLoopAsync(target, scenario, warmup, _ => { });
        var total = (int)(perSecond * duration.TotalSeconds);
        var times = new double[total];
        var failed = new bool[total];
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
                await Task.Delay(wait);
            var n = i;
            pending.Add(Task.Run(async () =>
            {
                failed[n] = await SendAsync(target, scenario) is null;
                times[n] = (clock.Elapsed - due).TotalMilliseconds;
            }));
        }
        await Task.WhenAll(pending);
        return Summarize(times, failed.Count(f => f));
    }

    /// <summary>Sends one request; the status code on success, null on a wrong status or a transport error.</summary>
    public async Task<HttpStatusCode?> SendAsync(Uri target, Scenario scenario)
    {
        using var request = scenario.Request(Next());
        request.RequestUri = new Uri(target, request.RequestUri!);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.StatusCode == scenario.Success)
                return response.StatusCode;
            if (Interlocked.Increment(ref reportedFailures) <= 5)
                Console.Error.WriteLine($"  {scenario.Name} on {target}: {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}");
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            if (Interlocked.Increment(ref reportedFailures) <= 5)
                Console.Error.WriteLine($"  {scenario.Name} on {target}: {e.Message}");
            return null;
        }
    }

    private int reportedFailures;

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private static Latency Summarize(IReadOnlyCollection<double> times, int errors)
    {
        var sorted = times.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Latency(At(0.50), At(0.99), sorted.Length, errors);
    }
}
