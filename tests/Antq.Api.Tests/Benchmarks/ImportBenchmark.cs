using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Antq.Api.Tests.Benchmarks;

/// <summary>A test that measures and prints rather than asserts a time; it runs only with ANTQ_BENCH=1 (scripts/bench-import).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ANTQ_BENCH") != "1")
            Skip = "a benchmark: run scripts/bench-import (ANTQ_BENCH=1)";
    }
}

[Trait("Category", "Benchmarks")]
public sealed class ImportBenchmark(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    private const int Rows = 100_000;

    [BenchmarkFact]
    public async Task Import_100k_rows()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var csv = new StringBuilder("kind,fullName,rank,positions,unitId,phone,email,notes\r\n");
        for (var i = 0; i < Rows; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"individual,Nguyễn Thị Phượng {i},Trung tá,Chủ tịch UBND phường | Trưởng ban {i % 50},{ward.Id},0912 {i:000 000},nguoi.{i}@antq.example,Ghi chú số {i}\r\n");
        var file = Encoding.UTF8.GetBytes(csv.ToString());
        Report($"file: {Rows:N0} rows, {file.Length / 1024.0 / 1024.0:F1} MiB CSV");

        await TimedImportAsync("dry run", file, "?dryRun=true", r => r.Created == Rows);
        await TimedImportAsync("import (all new)", file, "", r => r.Created == Rows);

        var timer = Stopwatch.StartNew();
        var export = await Client.GetByteArrayAsync("/api/v1/participants/export");
        Report($"export csv: {timer.Elapsed.TotalSeconds:F1} s, {export.Length / 1024.0 / 1024.0:F1} MiB");
        await TimedImportAsync("re-import of the export (all unchanged)", export, "", r => r.Unchanged == Rows);

        timer.Restart();
        var xlsx = await Client.GetByteArrayAsync("/api/v1/participants/export?format=xlsx");
        Report($"export xlsx: {timer.Elapsed.TotalSeconds:F1} s, {xlsx.Length / 1024.0 / 1024.0:F1} MiB");
    }

    private async Task TimedImportAsync(string what, byte[] file, string query, Func<ImportParticipantsResponse, bool> expected)
    {
        var timer = Stopwatch.StartNew();
        var response = await Client.PostAsync("/api/v1/participants/import" + query,
            new MultipartFormDataContent { { new ByteArrayContent(file), "file", "participants.csv" } });
        var elapsed = timer.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<ImportParticipantsResponse>(Json))!;
        Assert.True(expected(result), $"{what}: created {result.Created}, updated {result.Updated}, unchanged {result.Unchanged}, {result.Errors.Count} errors");
        Report($"{what}: {elapsed.TotalSeconds:F1} s");
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine($"[bench] {line}");
    }
}
