using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Antq.Api.Domain;
using Antq.Api.Features.Participants;
using Antq.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Antq.Api.Tests.Features.Participants;

public sealed class ParticipantSheetsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Header = "id,kind,fullName,rank,positions,unit,unitId,phone,email,notes,isPlaceholder";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private async Task<ParticipantResponse> CreateAsync(object body)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/participants", body, Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ParticipantResponse>(Json))!;
    }

    private static MultipartFormDataContent Form(byte[] file, string name = "participants.csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/octet-stream" : "text/csv");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] file, string query = "", string name = "participants.csv") =>
        await client.PostAsync("/api/v1/participants/import" + query, Form(file, name));

    private static async Task<ImportParticipantsResponse> ImportOkAsync(HttpClient client, byte[] file, string query = "", string name = "participants.csv")
    {
        var response = await ImportAsync(client, file, query, name);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<ImportParticipantsResponse>(Json))!;
    }

    private Task<List<Participant>> StoredAsync() =>
        Fixture.WithDbAsync(db => db.Participants.AsNoTracking().OrderBy(p => p.FullName).ToListAsync());

    private static string Errors(ImportParticipantsResponse r) => string.Join("; ", r.Errors.Select(e => $"{e.Line}: {e.Message}"));

    [Fact]
    public async Task Csv_export_has_a_bom_a_header_every_diacritic_and_rfc4180_quoting_sorted_by_name()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        await CreateAsync(new
        {
            kind = "individual", fullName = "Nguyễn Thị Phượng", rank = "Trung tá", positions = new[] { "Chủ tịch UBND phường", "Trưởng ban, \"138\"" },
            unitId = ward.Id, phone = "0912 345 678", email = "phuong@hanoi.gov.vn", notes = "Dòng một\nDòng hai",
        });
        await CreateAsync(new { kind = "household", fullName = "Hộ ông Đặng Văn Ân" });

        var response = await Client.GetAsync("/api/v1/participants/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"participants-{Antq.Api.Common.Json.VietnamTime.DayOf(DateTimeOffset.UtcNow):yyyy-MM-dd}.csv",
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bom, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        // Vietnamese order: Đ after D, so "Hộ…" (H) before "Nguyễn…" (N).
        Assert.StartsWith(",household,Hộ ông Đặng Văn Ân,,,,,,,,false", lines[1][36..], StringComparison.Ordinal);
        Assert.Contains(",individual,Nguyễn Thị Phượng,Trung tá,\"Chủ tịch UBND phường | Trưởng ban, \"\"138\"\"\",UBND phường Định Công,", text, StringComparison.Ordinal);
        Assert.Contains(",0912 345 678,phuong@hanoi.gov.vn,\"Dòng một\nDòng hai\",false\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_export_reads_back_with_the_same_values_and_the_filters_apply()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var created = await CreateAsync(new { kind = "individual", fullName = "Nguyễn Thị Phượng", positions = new[] { "A", "B" }, unitId = ward.Id, phone = "0912345678" });
        await CreateAsync(new { kind = "collective", fullName = "Nhân dân phường Định Công" });

        var response = await Client.GetAsync("/api/v1/participants/export?format=xlsx&kind=individual");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(Header.Split(','), row.Keys);
        Assert.Equal(created.Id.ToString(), row["id"]);
        Assert.Equal("Nguyễn Thị Phượng", row["fullName"]);
        Assert.Equal("A | B", row["positions"]);
        Assert.Equal("UBND phường Định Công", row["unit"]);
        Assert.Equal("0912345678", row["phone"]);
        Assert.Equal("false", row["isPlaceholder"]);
    }

    [Fact]
    public async Task Personal_columns_are_left_out_for_viewers_and_read_keys_and_present_for_admins()
    {
        await CreateAsync(new { kind = "individual", fullName = "Nguyễn Thị Phượng", phone = "0912 345 678", email = "phuong@hanoi.gov.vn" });
        var viewer = await Fixture.ClientForUserAsync("xem@antq.example", [Roles.Viewer]);
        var (readKey, _) = await Fixture.ClientForApiKeyAsync(Client, ["read"]);
        foreach (var client in new[] { viewer, readKey, Anonymous })
        {
            var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/v1/participants/export"));
            Assert.StartsWith("\uFEFFid,kind,fullName,rank,positions,unit,unitId,notes,isPlaceholder\r\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0912", text, StringComparison.Ordinal);
            Assert.DoesNotContain("phuong@", text, StringComparison.Ordinal);
        }
        Assert.Contains("phuong@hanoi.gov.vn", await Client.GetStringAsync("/api/v1/participants/export"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formula_cells_are_exported_with_a_quote_in_both_formats_and_reimported_to_the_original()
    {
        const string formula = "=cmd|' /C calc'!A0";
        var created = await CreateAsync(new { kind = "individual", fullName = "+Nguyễn Văn A", rank = "-1", notes = formula, positions = new[] { "@SUM(1)" } });

        var csv = await Client.GetByteArrayAsync("/api/v1/participants/export");
        var text = Encoding.UTF8.GetString(csv);
        Assert.Contains(",'+Nguyễn Văn A,'-1,'@SUM(1),", text, StringComparison.Ordinal);
        Assert.Contains(",'=cmd|' /C calc'!A0,", text, StringComparison.Ordinal);

        var xlsx = await Client.GetByteArrayAsync("/api/v1/participants/export?format=xlsx");
        using (var stream = new MemoryStream(xlsx))
        {
            var row = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Single();
            Assert.Equal("'" + formula, row["notes"]);
            Assert.Equal("'+Nguyễn Văn A", row["fullName"]);
        }

        // A changed copy comes back with the values as they were typed (the quote removed).
        var changed = Encoding.UTF8.GetBytes(text.Replace("'-1", "'-2", StringComparison.Ordinal));
        var result = await ImportOkAsync(Client, changed);
        Assert.Equal((0, 1, 0), (result.Created, result.Updated, result.Unchanged));
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((created.Id, "+Nguyễn Văn A", "-2", formula), (stored.Id, stored.FullName, stored.Rank, stored.Notes));
        Assert.Equal(["@SUM(1)"], stored.Positions);
        Assert.Equal(0, (await ImportOkAsync(Client, xlsx, name: "p.xlsx")).Created);
        Assert.Equal(formula, (await StoredAsync()).Single().Notes);
    }

    [Fact]
    public async Task Reimporting_an_export_changes_nothing_in_either_format()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        await CreateAsync(new { kind = "individual", fullName = "Nguyễn Thị Phượng", positions = new[] { "Chủ tịch", "Bí thư" }, unitId = ward.Id, phone = "0912 345 678", email = "phuong@hanoi.gov.vn", notes = "a\r\nb, \"c\"" });
        await CreateAsync(new { kind = "household", fullName = "Hộ ông Trần Văn Phương", isPlaceholder = true });
        await CreateAsync(new { kind = "collective", fullName = "=Tập thể", rank = "", notes = "\tthụt" });
        var before = await StoredAsync();

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var file = await Client.GetByteArrayAsync($"/api/v1/participants/export?format={format}");
            var result = await ImportOkAsync(Client, file, name: "p." + format);
            Assert.True(result.Errors.Count == 0, Errors(result));
            var changed = (await StoredAsync()).Where(p => p.Version > 1).Select(p => $"{format}: {p.FullName} {p.Notes?.Replace("\r", "\\r", StringComparison.Ordinal)}");
            Assert.Empty(changed);
            Assert.Equal((0, 0, 3), (result.Created, result.Updated, result.Unchanged));
        }
        var after = await StoredAsync();
        Assert.Equal(before.Select(p => (p.Id, p.Version, p.UpdatedAt)), after.Select(p => (p.Id, p.Version, p.UpdatedAt)));
    }

    [Fact]
    public async Task Nfd_names_with_a_bom_are_stored_nfc_and_new_rows_take_units_by_name_ignoring_diacritics()
    {
        var ward = await CreateUnitAsync("UBND phường Định Công");
        var nfd = "Nguyễn Thị Phượng".Normalize(NormalizationForm.FormD);
        var file = Bom.Concat(Csv("KIND,FullName,Unit", $"individual,{nfd},ubnd phuong dinh cong")).ToArray();
        var result = await ImportOkAsync(Client, file);
        Assert.Equal(1, result.Created);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal("Nguyễn Thị Phượng", stored.FullName);
        Assert.Equal(Encoding.UTF8.GetBytes("Nguyễn Thị Phượng".Normalize(NormalizationForm.FormC)), Encoding.UTF8.GetBytes(stored.FullName));
        Assert.Equal(ward.Id, stored.UnitId);
    }

    [Fact]
    public async Task Updates_by_id_and_by_email_keep_columns_the_file_leaves_out()
    {
        var a = await CreateAsync(new { kind = "individual", fullName = "Nguyễn Văn A", phone = "0912 345 678", email = "a@antq.example", notes = "giữ" });
        var b = await CreateAsync(new { kind = "individual", fullName = "Trần Thị B", email = "b@antq.example" });
        var result = await ImportOkAsync(Client, Csv("id,kind,fullName,email", $"{a.Id},individual,Nguyễn Văn Á,a@antq.example", ",individual,Trần Thị Bích,B@ANTQ.example", ",household,Hộ mới,"));
        Assert.True(result.Errors.Count == 0, Errors(result));
        Assert.Equal((1, 2, 0), (result.Created, result.Updated, result.Unchanged));
        var stored = (await StoredAsync()).ToDictionary(p => p.Id);
        Assert.Equal(("Nguyễn Văn Á", "0912 345 678", "giữ", 2), (stored[a.Id].FullName, stored[a.Id].Phone, stored[a.Id].Notes, stored[a.Id].Version));
        Assert.Equal("Trần Thị Bích", stored[b.Id].FullName);
        Assert.Equal(3, stored.Count);
    }

    [Fact]
    public async Task Bad_rows_are_listed_by_line_and_nothing_is_saved_unless_partial()
    {
        await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        await CreateUnitAsync("Tổ dân phố 41", UnitKind.ResidentialGroup, UnitLevel.Grassroots);
        var file = Csv(
            "kind,fullName,unit,unitId,id,email",
            "individual,Nguyễn Văn Tốt,,,,",
            "individual,,,,,",
            "nobody,Lê Văn Loại,,,,",
            "individual,Lê Văn Đơn Vị,Không có,,,",
            "individual,Lê Văn Hai,Tổ dân phố 41,,,",
            $"individual,Lê Văn Mã,,{Guid.NewGuid()},,",
            $"individual,Lê Văn Id,,,{Guid.NewGuid()},",
            "individual,Nguyễn Văn Tốt,,,,",
            "individual,Lê Văn Thư,,,,không-phải-email");

        Localize("vi");
        var refused = await ImportOkAsync(Client, file);
        Assert.Equal((0, 0, 0), (refused.Created, refused.Updated, refused.Unchanged));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10], refused.Errors.Select(e => e.Line).Distinct());
        Assert.Contains(refused.Errors, e => e is { Line: 3 } && e.Message.Contains("Họ tên / tên tập thể", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e is { Line: 4 } && e.Message.Contains("individual, collective, household", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e is { Line: 5 } && e.Message.Contains("Không có", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e is { Line: 6 } && e.Message.Contains("2 đơn vị", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e is { Line: 9 } && e.Message.Contains("dòng 2", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e is { Line: 10 } && e.Message.Contains("Email", StringComparison.Ordinal));
        Assert.Empty(await StoredAsync());

        var dry = await ImportOkAsync(Client, file, "?dryRun=true&partial=true");
        Assert.Equal((true, 1), (dry.DryRun, dry.Created));
        Assert.Empty(await StoredAsync());

        var partial = await ImportOkAsync(Client, file, "?partial=true");
        Assert.Equal(1, partial.Created);
        Assert.Equal(8, partial.Errors.Select(e => e.Line).Distinct().Count());
        Assert.Equal(["Nguyễn Văn Tốt"], (await StoredAsync()).Select(p => p.FullName));
    }

    [Fact]
    public async Task A_dry_run_of_a_good_file_counts_and_saves_nothing()
    {
        var result = await ImportOkAsync(Client, Csv("kind,fullName", "individual,Nguyễn Văn A", "collective,Tập thể B"), "?dryRun=true");
        Assert.Equal((true, 2, 0), (result.DryRun, result.Created, result.Errors.Count));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task The_same_id_twice_and_control_characters_are_row_errors()
    {
        var a = await CreateAsync(new { kind = "individual", fullName = "Nguyễn Văn A" });
        var result = await ImportOkAsync(Client, Csv("id,kind,fullName", $"{a.Id},individual,A một", $"{a.Id},individual,A hai", ",individual,Nul\u0001ở đây"));
        Assert.Equal([3, 4], result.Errors.Select(e => e.Line));
        Assert.Equal("Nguyễn Văn A", (await StoredAsync()).Single().FullName);
    }

    [Fact]
    public async Task A_stray_quote_that_swallows_the_next_rows_is_a_row_error_not_a_merged_participant()
    {
        // The quote opened on line 2 closes on line 3: one record spanning two lines, whose name holds a line break.
        var result = await ImportOkAsync(Client, Csv("kind,fullName,positions", "individual,\"Trần Văn An,x", "individual,Lê Thị Bình,y\"", "individual,Phạm Văn Cường,z"));
        Assert.Equal([2], result.Errors.Select(e => e.Line));
        Assert.Contains("one line", Errors(result), StringComparison.Ordinal);
        Assert.Empty(await StoredAsync());
        await AssertFieldErrorAsync(await Client.PostAsJsonAsync("/api/v1/participants", new { kind = "individual", fullName = "Trần\nVăn An" }, Json), "fullName");
    }

    [Fact]
    public async Task Thousands_of_unknown_columns_get_one_short_message_and_too_many_rows_are_refused()
    {
        var wide = Csv("kind,fullName," + string.Join(',', Enumerable.Range(0, 90).Select(i => $"extra{i}")), "individual,A");
        var response = await ImportAsync(Client, wide);
        var messages = await AssertFieldErrorAsync(response, "file");
        Assert.Contains(messages, m => m.Contains("extra0", StringComparison.Ordinal) && m.Contains("80", StringComparison.Ordinal));
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 4_000);

        var tooWide = Csv("kind,fullName," + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"c{i}")), "individual,A");
        Assert.True((await (await ImportAsync(Client, tooWide)).Content.ReadAsByteArrayAsync()).Length < 4_000);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("kind,fullName,age\r\nindividual,A\r\n", "age")]
    [InlineData("kind,name\r\nindividual,A\r\n", "fullName")]
    [InlineData("fullName\r\nA\r\n", "kind")]
    [InlineData("kind,fullName\r\n", "no data rows")]
    [InlineData("", "empty")]
    public async Task Wrong_columns_and_empty_files_are_a_400_naming_the_problem(string csv, string named)
    {
        var messages = await AssertFieldErrorAsync(await ImportAsync(Client, Encoding.UTF8.GetBytes(csv)), "file");
        Assert.Contains(messages, m => m.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_a_400_and_a_broken_xlsx_too()
    {
        var latin1 = Encoding.Latin1.GetBytes("kind,fullName\r\nindividual,Đoàn Văn Bình Ô\r\n".Replace("Đ", "D", StringComparison.Ordinal));
        var messages = await AssertFieldErrorAsync(await ImportAsync(Client, latin1), "file");
        Assert.Contains(messages, m => m.Contains("UTF-8", StringComparison.Ordinal));
        await AssertFieldErrorAsync(await ImportAsync(Client, "PK\u0003\u0004garbage"u8.ToArray(), name: "x.xlsx"), "file");
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Hostile_files_do_not_fault()
    {
        foreach (var file in new[]
                 {
                     "[null]"u8.ToArray(), "\0\0\0"u8.ToArray(), Csv("kind,fullName", "individual,\"unclosed"),
                     Csv("kind,fullName", "individual," + new string('x', 100_000)), Csv("kind,fullName", "individual,A\0B"),
                     Csv("kind,fullName,positions", "individual,A," + string.Join('|', Enumerable.Repeat("p", 500))),
                 })
        {
            var response = await ImportAsync(Client, file);
            Assert.True((int)response.StatusCode is 200 or 400, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        var noFile = await Client.PostAsync("/api/v1/participants/import", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        await AssertProblemAsync(noFile, HttpStatusCode.BadRequest);
        var json = await Client.PostAsync("/api/v1/participants/import", JsonContent.Create(new { }));
        Assert.True((int)json.StatusCode is 400 or 415, $"{(int)json.StatusCode}");
    }

    [Fact]
    public async Task An_editor_may_import_only_into_their_units()
    {
        var wardA = await CreateUnitAsync("Phường A", UnitKind.Area);
        var wardB = await CreateUnitAsync("Phường B", UnitKind.Area);
        var other = await CreateAsync(new { kind = "individual", fullName = "Người phường B", unitId = wardB.Id });
        var editor = await Fixture.ClientForUserAsync("bien.tap@antq.example", [Roles.Editor], [wardA.Id]);

        Assert.Equal(1, (await ImportOkAsync(editor, Csv("kind,fullName,unitId", $"individual,Người phường A,{wardA.Id}"))).Created);
        await AssertProblemAsync(await ImportAsync(editor, Csv("kind,fullName,unitId", $"individual,Người A2,{wardA.Id}", $"individual,Người B2,{wardB.Id}")), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await ImportAsync(editor, Csv("id,kind,fullName,unitId", $"{other.Id},individual,Chuyển sang A,{wardA.Id}")), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await ImportAsync(editor, Csv("kind,fullName", "individual,Không đơn vị")), HttpStatusCode.Forbidden);
        Assert.Equal(["Người phường A", "Người phường B"], (await StoredAsync()).Select(p => p.FullName));

        // An export of everything, re-imported unchanged, writes nothing and is allowed.
        var export = await editor.GetByteArrayAsync("/api/v1/participants/export");
        Assert.Equal(2, (await ImportOkAsync(editor, export)).Unchanged);
    }

    [Fact]
    public async Task A_file_over_the_import_limit_is_413_and_one_over_the_global_limit_is_accepted()
    {
        await using var small = Fixture.WithSettings(("Limits:MaxImportBodyBytes", "4096"));
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        var big = Csv(["kind,fullName", .. Enumerable.Range(0, 500).Select(i => $"individual,Người thứ {i}")]);
        await AssertProblemAsync(await ImportAsync(client, big), HttpStatusCode.RequestEntityTooLarge);

        var overMegabyte = Csv(["kind,fullName,notes", .. Enumerable.Range(0, 700).Select(i => $"individual,Người thứ {i},{new string('n', 2000)}")]);
        Assert.True(overMegabyte.Length > 1_048_576);
        Assert.Equal(700, (await ImportOkAsync(Client, overMegabyte)).Created);
    }

    private void Localize(string language)
    {
        Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
    }
}
