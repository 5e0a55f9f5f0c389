using System.Buffers;
using System.Globalization;
using System.Text;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using FluentValidation;
using FluentValidation.Results;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Antq.Api.Common.Spreadsheets;

/// <summary>The spreadsheet formats the API writes and reads.</summary>
public enum TableFormat { Csv, Xlsx }

/// <summary>What an export query answers: the format, the columns, and the rows, read from the database while they are written.</summary>
public sealed record TableExport(TableFormat Format, IReadOnlyList<string> Columns, IAsyncEnumerable<string?[]> Rows);

/// <summary>One data row of a file that was read: its row number in the spreadsheet (the header is 1) and its cells.</summary>
public sealed record TableRow(int Line, string[] Cells);

/// <summary>A file that was read: the header's cells and the data rows, every cell NFC and without the formula guard.</summary>
public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows);

/// <summary>
/// Rows in and out of spreadsheets, for any export or import: CSV (UTF-8 with a BOM so spreadsheet programs show
/// Vietnamese, RFC 4180: CRLF, quotes doubled) or .xlsx (MiniExcel), with a header row of the given column names.
/// Every cell is text. A cell that a spreadsheet program would run as a formula (starting with =, +, -, @, tab or CR) is
/// written with a leading ' (OWASP's advice against CSV injection), and <see cref="ReadAsync"/> takes exactly that one
/// ' off again, so values round-trip.
/// </summary>
public static class TableFile
{
    public const string CsvMediaType = "text/csv";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The form field an import reads, named in the errors about the file itself.</summary>
    public const string FileField = "file";

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string MediaType(TableFormat format) => format == TableFormat.Xlsx ? XlsxMediaType : CsvMediaType + "; charset=utf-8";

    public static string Extension(TableFormat format) => format == TableFormat.Xlsx ? ".xlsx" : ".csv";

    /// <summary>The value as written: a ' in front of what a spreadsheet program would take for a formula.</summary>
    public static string? Guard(string? cell) => cell is { Length: > 0 } && FormulaStarts.Contains(cell[0]) ? "'" + cell : cell;

    /// <summary>The value as it was before <see cref="Guard"/>: one leading ' is dropped when a formula character follows it.</summary>
    public static string Unguard(string cell) => cell.Length > 1 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>
    /// An export as a file download named <paramref name="fileName"/> plus the day's date (Vietnam) and the extension. The
    /// first row is read before the answer starts, so a query that fails answers a problem, not a file with only a header.
    /// </summary>
    public static async Task<IResult> DownloadAsync(TableExport export, string fileName, CancellationToken ct)
    {
        var rows = export.Rows.GetAsyncEnumerator(ct);
        var any = await rows.MoveNextAsync();
        return Download(export.Format, $"{fileName}-{VietnamTime.DayOf(DateTimeOffset.UtcNow):yyyy-MM-dd}", export.Columns, Resume(rows, any), ct);
    }

    private static async IAsyncEnumerable<string?[]> Resume(IAsyncEnumerator<string?[]> rows, bool any)
    {
        await using (rows)
        {
            if (!any)
                yield break;
            yield return rows.Current;
            while (await rows.MoveNextAsync())
                yield return rows.Current;
        }
    }

    /// <summary>An answer that streams the rows as a file download (<paramref name="fileName"/> without its extension).</summary>
    private static PushStreamHttpResult Download(TableFormat format, string fileName, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows,
        CancellationToken ct) =>
        TypedResults.Stream(body => WriteAsync(body, format, columns, rows, ct), MediaType(format), fileName + Extension(format));

    /// <summary>Writes the header and the rows; rows are read one at a time, never all held in memory.</summary>
    public static Task WriteAsync(Stream output, TableFormat format, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows,
        CancellationToken ct) =>
        format == TableFormat.Xlsx ? WriteXlsxAsync(output, columns, rows, ct) : WriteCsvAsync(output, columns, rows, ct);

    private static async Task WriteCsvAsync(Stream output, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
        await using var text = new StreamWriter(output, StrictUtf8, bufferSize: 64 * 1024, leaveOpen: true);
        await using var csv = CsvWriter.Create(text, new CsvWriterOptions
        {
            NewLine = "\r\n",
            Injection = CsvInjection.None, // Guard does it, the same way for both formats
            WriteByteOrderMark = false,
        }, true);
        await csv.WriteRecordAsync([.. columns], ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var cell in row)
                csv.WriteField(Guard(cell) ?? "");
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
        await text.FlushAsync(ct);
    }

    /// <summary>
    /// MiniExcel writes a workbook into a seekable stream (it goes back to fill in the sheet's size), so the workbook is
    /// written to a temporary file that deletes itself, then copied to the response. Rows still stream from the source.
    /// </summary>
    private static async Task WriteXlsxAsync(Stream output, IReadOnlyList<string> columns, IAsyncEnumerable<string?[]> rows, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"antq-{Guid.NewGuid():N}.xlsx");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var keys = Enumerable.Range(0, columns.Count).Select(i => $"c{i}").ToArray();
        IEnumerable<IDictionary<string, object?>> Sheet()
        {
            // The header is the first row, so an export without rows still names its columns.
            yield return Cells(keys, [.. columns]);
            foreach (var row in rows.ToBlockingEnumerable(ct))
                yield return Cells(keys, [.. row.Select(c => Guard(c)?.Replace("\r", XlsxCarriageReturn, StringComparison.Ordinal))]);
        }
        await Task.Run(() => MiniExcel.SaveAs(file, Sheet(), printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { EnableAutoWidth = false }), ct);
        file.Position = 0;
        await file.CopyToAsync(output, ct);
    }

    /// <summary>
    /// How OOXML spells a carriage return inside a string (Excel writes and reads it so): XML itself would turn CR LF into
    /// LF, and the value would not round-trip. MiniExcel leaves the escape as it is, so this class writes and reads it.
    /// </summary>
    private const string XlsxCarriageReturn = "_x000D_";

    private static Dictionary<string, object?> Cells(string[] keys, string?[] values)
    {
        var cells = new Dictionary<string, object?>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
            cells[keys[i]] = i < values.Length ? values[i] : null;
        return cells;
    }

    /// <summary>
    /// Reads a .xlsx (recognised by its content: a zip starts with "PK") or a UTF-8 CSV (a BOM is dropped; any other
    /// encoding is refused). Cells come back in NFC without the formula guard; a file that cannot be read, or has no
    /// header, is a 400 naming the file field.
    /// </summary>
    public static async Task<Table> ReadAsync(Stream input, CancellationToken ct)
    {
        if (!input.CanSeek)
        {
            var copy = new MemoryStream();
            await input.CopyToAsync(copy, ct);
            copy.Position = 0;
            input = copy;
        }
        var start = new byte[2];
        var read = await input.ReadAtLeastAsync(start, 2, throwOnEndOfStream: false, ct);
        input.Position = 0;
        var rows = read == 2 && start[0] == 'P' && start[1] == 'K' ? ReadXlsx(input, ct) : await ReadCsvAsync(input, ct);
        if (rows.Count == 0 || rows[0].Cells.All(string.IsNullOrWhiteSpace))
            throw FileError(Localized.Text("Tệp trống: cần một dòng tiêu đề.", "The file is empty: a header row is expected."));
        return new Table([.. rows[0].Cells.Select(c => c.Trim())], rows[1..]);
    }

    private static async Task<List<TableRow>> ReadCsvAsync(Stream input, CancellationToken ct)
    {
        var rows = new List<TableRow>();
        using var text = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        try
        {
            await using var csv = CsvReader.Create(text, new CsvReaderOptions
            {
                HasHeader = false,
                Separator = ',',
                SkipEmptyLines = true,
                AllowLineBreaksInQuotes = true,
            }, true);
            while (await csv.ReadAsync(ct))
            {
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                    cells[i] = csv.GetString(i);
                if (rows.Count == 0 && cells.Length > 0 && cells[0].StartsWith('\uFEFF'))
                    cells[0] = cells[0][1..];
                Add(rows, cells);
            }
        }
        catch (Exception e) when (IsNotUtf8(e))
        {
            throw FileError(Localized.Text(
                "Tệp phải được mã hóa UTF-8 (khi lưu CSV, chọn \"CSV UTF-8\").",
                "The file must be encoded in UTF-8 (when saving as CSV, choose \"CSV UTF-8\")."));
        }
        catch (CsvFormatException)
        {
            throw FileError(Localized.Text($"Không đọc được tệp CSV (sau dòng {rows.Count}).", $"The CSV file cannot be read (after line {rows.Count})."));
        }
        return rows;
    }

    /// <summary>The most data rows one file may hold: a bigger file is split (and a small .xlsx cannot unpack into millions of rows).</summary>
    public const int MaxRows = 200_000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The most cells a row may have.</summary>
    public const int MaxColumns = 100;

    /// <summary>Keeps a row that was read, refusing the file as soon as it goes past the limits (before it is all in memory).</summary>
    private static void Add(List<TableRow> rows, string[] cells)
    {
        if (cells.Length > MaxColumns)
            throw FileError(Localized.Text($"Dòng {rows.Count + 1} có hơn {MaxColumns} cột.", $"Line {rows.Count + 1} has more than {MaxColumns} columns."));
        if (rows.Count > MaxRows)
            throw FileError(Localized.Text($"Tệp có hơn {MaxRows.ToString("N0", Vietnamese)} dòng: hãy chia thành nhiều tệp.",
                $"The file has more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows: split it into several files."));
        rows.Add(new TableRow(rows.Count + 1, [.. cells.Select(Clean)]));
    }

    private static bool IsNotUtf8(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DecoderFallbackException)
                return true;
        }
        return false;
    }

    private static List<TableRow> ReadXlsx(Stream input, CancellationToken ct)
    {
        var rows = new List<TableRow>();
        try
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(input, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                ct.ThrowIfCancellationRequested();
                Add(rows, [.. row.Values.Select(v => Text(v).Replace(XlsxCarriageReturn, "\r", StringComparison.Ordinal))]);
            }
        }
        catch (Exception e) when (e is not (OperationCanceledException or ValidationException))
        {
            throw FileError(Localized.Text("Không đọc được tệp .xlsx.", "The .xlsx file cannot be read."));
        }
        return rows;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Clean(string cell)
    {
        try
        {
            return Unguard(cell.IsNormalized() ? cell : cell.Normalize(NormalizationForm.FormC));
        }
        catch (ArgumentException)
        {
            throw FileError(Localized.Text("Tệp chứa ký tự không hợp lệ.", "The file contains characters that are not valid text."));
        }
    }

    /// <summary>A 400 about the uploaded file as a whole, under the form field's name.</summary>
    public static ValidationException FileError(string message) => new([new ValidationFailure(FileField, message)]);
}
