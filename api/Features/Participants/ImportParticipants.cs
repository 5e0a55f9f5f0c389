using Antq.Api.Common.Api;
using Antq.Api.Common.Security;
using Antq.Api.Common.Spreadsheets;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Antq.Api.Features.Participants;

/// <summary>
/// Creates and updates participants from a spreadsheet (the export's columns). A row with an id updates that participant;
/// a row without one whose email is exactly one participant's email updates that one; any other row adds a participant.
/// A row equal to what is stored changes nothing. With any bad row nothing is saved unless <paramref name="Partial"/>;
/// <paramref name="DryRun"/> answers the same and saves nothing.
/// </summary>
[AuditRecord(AuditRecordType.Participant)]
public sealed record ImportParticipantsCommand(Table File, bool DryRun, bool Partial) : ICommand<ImportParticipantsResponse>;

/// <summary>A row that was not imported: its row number in the spreadsheet (the header is 1) and why.</summary>
public sealed record ImportRowError(int Line, string Message);

/// <summary>
/// What an import did (with dryRun: would do). When bad rows stop an all-or-nothing import, created, updated and
/// unchanged are 0 and errors lists every bad row.
/// </summary>
public sealed record ImportParticipantsResponse(bool DryRun, int Created, int Updated, int Unchanged, IReadOnlyList<ImportRowError> Errors);

/// <summary>The file as a whole: known columns only, the required ones present, at least one data row (400 naming the file field).</summary>
public sealed class ImportParticipantsValidator : AbstractValidator<ImportParticipantsCommand>
{
    public ImportParticipantsValidator() => RuleFor(x => x.File).Custom((table, context) =>
    {
        foreach (var problem in ParticipantImport.FileProblems(table))
            context.AddFailure(new ValidationFailure(TableFile.FileField, problem));
    });
}

/// <summary>
/// Every unit the import would write in: the unit of each row it creates or updates, and the current unit of each
/// participant it updates. A participant without a unit counts as <see cref="Guid.Empty"/>, which no unit-limited caller
/// holds, so such a file is refused whole (403) for them, as is any file touching a unit outside theirs. A file that
/// writes nothing touches nothing (null: the handler answers with its counts and errors).
/// </summary>
public sealed class ImportParticipantsScope(AntqDbContext db) : IUnitScope<ImportParticipantsCommand>
{
    public async ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(ImportParticipantsCommand command, CancellationToken ct)
    {
        var plan = await ParticipantImport.PlanAsync(db, command.File, ct);
        var units = new HashSet<Guid>();
        foreach (var row in plan.Rows.Where(r => r.Action != RowAction.Unchanged))
        {
            units.Add(row.Details.UnitId ?? Guid.Empty);
            if (row.Existing is { } existing)
                units.Add(existing.UnitId ?? Guid.Empty);
        }
        return units.Count == 0 ? null : units;
    }
}

public sealed class ImportParticipantsHandler(AntqDbContext db) : ICommandHandler<ImportParticipantsCommand, ImportParticipantsResponse>
{
    private const int UpdateChunk = 1000;

    public async ValueTask<ImportParticipantsResponse> Handle(ImportParticipantsCommand command, CancellationToken cancellationToken)
    {
        var plan = await ParticipantImport.PlanAsync(db, command.File, cancellationToken);
        if (plan.Errors.Count > 0 && !command.Partial)
            return new ImportParticipantsResponse(command.DryRun, 0, 0, 0, plan.Errors);

        var creates = plan.Rows.Where(r => r.Action == RowAction.Create).Select(r => new Participant(r.Details)).ToList();
        var updates = plan.Rows.Where(r => r.Action == RowAction.Update).ToList();
        if (!command.DryRun)
        {
            await CopyAsync(creates, cancellationToken);
            foreach (var chunk in updates.Chunk(UpdateChunk))
            {
                foreach (var row in chunk)
                {
                    db.Participants.Attach(row.Existing!);
                    row.Existing!.Update(row.Details);
                }
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        return new ImportParticipantsResponse(command.DryRun, creates.Count, updates.Count,
            plan.Rows.Count(r => r.Action == RowAction.Unchanged), plan.Errors);
    }

    /// <summary>New participants in one binary COPY, inside the command's transaction (EF would send a batch per 40 rows or so).</summary>
    private async Task CopyAsync(List<Participant> participants, CancellationToken ct)
    {
        if (participants.Count == 0)
            return;
        var entity = db.Model.FindEntityType(typeof(Participant))!;
        string Column(string property) => entity.FindProperty(property)!.GetColumnName();
        var columns = string.Join(", ", new[]
        {
            nameof(Participant.Id), nameof(Participant.Version), nameof(Participant.CreatedAt), nameof(Participant.UpdatedAt),
            nameof(Participant.Kind), nameof(Participant.FullName), nameof(Participant.Rank), nameof(Participant.Positions),
            nameof(Participant.UnitId), nameof(Participant.Phone), nameof(Participant.Email), nameof(Participant.Notes),
            nameof(Participant.IsPlaceholder),
        }.Select(Column));

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {entity.GetTableName()} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var p in participants)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(p.Version, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(p.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(p.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(p.FullName, NpgsqlDbType.Varchar, ct);
            await WriteAsync(copy, p.Rank, ct);
            await copy.WriteAsync(p.Positions.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            if (p.UnitId is { } unit)
                await copy.WriteAsync(unit, NpgsqlDbType.Uuid, ct);
            else
                await copy.WriteNullAsync(ct);
            await WriteAsync(copy, p.Phone, ct);
            await WriteAsync(copy, p.Email, ct);
            await WriteAsync(copy, p.Notes, ct);
            await copy.WriteAsync(p.IsPlaceholder, NpgsqlDbType.Boolean, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter copy, string? text, CancellationToken ct)
    {
        if (text is null)
            await copy.WriteNullAsync(ct);
        else
            await copy.WriteAsync(text, NpgsqlDbType.Varchar, ct);
    }
}

internal enum RowAction { Create, Update, Unchanged }

/// <summary>A good row: what it does, to which stored participant (none for a new one), with which details.</summary>
internal sealed record PlannedRow(int Line, RowAction Action, Participant? Existing, ParticipantDetails Details);

internal sealed record ImportPlan(List<PlannedRow> Rows, List<ImportRowError> Errors);

/// <summary>The fields of one row, checked by the same rules as a create or an update.</summary>
internal sealed record ImportedParticipant : ParticipantFields;

/// <summary>The create/update rules without the per-row unit query: the import checks every row's unit against all units at once.</summary>
internal sealed class ImportedParticipantValidator : ParticipantFieldsValidator<ImportedParticipant>;

/// <summary>Reads the rows of a participants file against the database: matches, checks and plans each one.</summary>
internal static class ParticipantImport
{
    private static readonly ImportedParticipantValidator Rules = new();

    public static IEnumerable<string> FileProblems(Table table)
    {
        var named = table.Columns.Where(c => c.Length > 0).ToList();
        // One message for all the unknown columns (a file with thousands of them gets a short answer, not thousands of lines).
        var unknown = named.Where(c => !ParticipantSheet.Columns.Contains(c, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            const int shown = 10;
            var list = string.Join(", ", unknown.Take(shown).Select(c => $"\"{(c.Length > 40 ? c[..40] + "…" : c)}\""));
            var more = unknown.Count > shown ? Localized.Text($" và {unknown.Count - shown} cột khác", $" and {unknown.Count - shown} more") : "";
            yield return Localized.Text($"Cột không xác định: {list}{more}. Các cột: {string.Join(", ", ParticipantSheet.Columns)}.",
                $"Unknown columns: {list}{more}. The columns are: {string.Join(", ", ParticipantSheet.Columns)}.");
        }
        foreach (var twice in named.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            yield return Localized.Text($"Cột \"{twice.Key}\" xuất hiện hơn một lần.", $"The column \"{twice.Key}\" appears more than once.");
        foreach (var missing in ParticipantSheet.Required.Where(r => !named.Contains(r, StringComparer.OrdinalIgnoreCase)))
            yield return Localized.Text($"Thiếu cột bắt buộc \"{missing}\".", $"The required column \"{missing}\" is missing.");
        if (table.Rows.All(r => r.Cells.All(string.IsNullOrWhiteSpace)))
            yield return Localized.Text("Tệp không có dòng dữ liệu nào.", "The file has no data rows.");
    }

    public static async Task<ImportPlan> PlanAsync(AntqDbContext db, Table table, CancellationToken ct)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (ParticipantSheet.Columns.FirstOrDefault(c => c.Equals(table.Columns[i], StringComparison.OrdinalIgnoreCase)) is { } column)
                index.TryAdd(column, i);
        }
        // null: the file has no such column (an update keeps the stored value); "": the cell is empty (the value is cleared).
        string? Cell(TableRow row, string column) => index.TryGetValue(column, out var i) ? (i < row.Cells.Length ? row.Cells[i].Trim() : "") : null;

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var unitNames = units.ToDictionary(u => u.Id, u => u.Name);
        var unitsByName = units.ToLookup(u => Fold(u.Name), u => u.Id);

        var ids = new HashSet<Guid>();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (Guid.TryParse(Cell(row, ParticipantSheet.Id), out var id))
                ids.Add(id);
            else if (Cell(row, ParticipantSheet.Email) is { Length: > 0 } email)
                emails.Add(email.ToLowerInvariant());
        }
        var idList = ids.ToArray();
        var byId = await db.Participants.AsNoTracking().Where(p => idList.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var emailList = emails.ToArray();
        var byEmail = (await db.Participants.AsNoTracking().Where(p => p.Email != null && emailList.Contains(p.Email)).ToListAsync(ct))
            .GroupBy(p => p.Email!).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());

        var plan = new ImportPlan([], []);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new Dictionary<Guid, int>();
        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            if (row.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            var errors = new List<string>();
            if (row.Cells.Any(Common.Json.CleanTextConverter.ContainsControlCharacters))
            {
                plan.Errors.Add(new ImportRowError(row.Line, Common.Json.CleanTextConverter.ControlCharactersMessage));
                continue;
            }
            // The cells are free of control characters now, so the unit separator cannot occur inside one.
            if (seen.TryGetValue(string.Join('\u001f', row.Cells), out var first))
            {
                plan.Errors.Add(new ImportRowError(row.Line, Localized.Text($"Dòng này trùng hệt dòng {first}.", $"This row repeats line {first}.")));
                continue;
            }
            seen.Add(string.Join('\u001f', row.Cells), row.Line);

            Participant? existing = null;
            if (Cell(row, ParticipantSheet.Id) is { Length: > 0 } idText)
            {
                if (!Guid.TryParse(idText, out var id))
                    errors.Add(Localized.Text($"Cột id: \"{Shorten(idText)}\" không phải mã hợp lệ.", $"Column id: \"{Shorten(idText)}\" is not a valid id."));
                else if (!byId.TryGetValue(id, out existing))
                    errors.Add(Localized.Text("Cột id: không có người tham gia nào có mã này.", "Column id: no participant has this id."));
            }
            else if (Cell(row, ParticipantSheet.Email) is { Length: > 0 } email)
            {
                existing = byEmail.GetValueOrDefault(email.ToLowerInvariant());
            }
            if (existing is not null && !targets.TryAdd(existing.Id, row.Line))
            {
                errors.Add(Localized.Text($"Dòng {targets[existing.Id]} đã cập nhật cùng người tham gia này.",
                    $"Line {targets[existing.Id]} already updates the same participant."));
            }

            var current = existing?.Details;
            ParticipantKind? kind = null;
            if (Cell(row, ParticipantSheet.Kind) is { Length: > 0 } kindText)
            {
                if (Common.Json.StrictEnumConverter.TryParse<ParticipantKind>(kindText, out var parsed))
                    kind = parsed;
                else
                {
                    errors.Add($"{Label(nameof(ParticipantFields.Kind))}: {Common.Json.StrictEnumConverter.AllowedMessage(typeof(ParticipantKind))}");
                    kind = ParticipantKind.Individual; // reported once, not again as missing
                }
            }

            var placeholder = current?.IsPlaceholder ?? false;
            if (Cell(row, ParticipantSheet.IsPlaceholder) is { } flagText)
            {
                if (ParticipantSheet.ParseFlag(flagText) is { } flag)
                    placeholder = flag;
                else
                    errors.Add(Localized.Text($"{Label(nameof(ParticipantFields.IsPlaceholder))}: chỉ nhận true hoặc false.",
                        $"{Label(nameof(ParticipantFields.IsPlaceholder))}: use true or false."));
            }

            var unitId = current?.UnitId;
            var unitIdText = Cell(row, ParticipantSheet.UnitId);
            var unitText = Cell(row, ParticipantSheet.Unit);
            if (unitIdText is not null || unitText is not null)
            {
                unitId = null;
                if (unitIdText is { Length: > 0 })
                {
                    if (!Guid.TryParse(unitIdText, out var parsed) || !unitNames.TryGetValue(parsed, out var name))
                        errors.Add($"{Label(nameof(ParticipantFields.UnitId))}: {Common.Rules.UnitRules.NoSuchUnit}");
                    else if (unitText is { Length: > 0 } && Fold(unitText) != Fold(name))
                        errors.Add(Localized.Text($"Cột unit (\"{Shorten(unitText)}\") và unitId (đơn vị \"{name}\") chỉ hai đơn vị khác nhau.",
                            $"The unit column (\"{Shorten(unitText)}\") and unitId (the unit \"{name}\") name different units."));
                    else
                        unitId = parsed;
                }
                else if (unitText is { Length: > 0 })
                {
                    var matches = unitsByName[Fold(unitText)].ToList();
                    if (matches.Count == 1)
                        unitId = matches[0];
                    else
                        errors.Add(matches.Count == 0
                            ? Localized.Text($"{Label(nameof(ParticipantFields.UnitId))}: không có đơn vị nào tên \"{Shorten(unitText)}\".",
                                $"{Label(nameof(ParticipantFields.UnitId))}: no unit is named \"{Shorten(unitText)}\".")
                            : Localized.Text($"{Label(nameof(ParticipantFields.UnitId))}: có {matches.Count} đơn vị tên \"{Shorten(unitText)}\"; hãy ghi unitId.",
                                $"{Label(nameof(ParticipantFields.UnitId))}: {matches.Count} units are named \"{Shorten(unitText)}\"; give the unitId."));
                }
            }

            string? Text(string column, string? stored) => Cell(row, column) is { } cell ? (cell.Length == 0 ? null : cell) : stored;
            var fields = new ImportedParticipant
            {
                Kind = kind,
                FullName = Cell(row, ParticipantSheet.FullName) ?? "",
                Rank = Text(ParticipantSheet.Rank, current?.Rank),
                Positions = Cell(row, ParticipantSheet.Positions) is { } positions ? ParticipantSheet.SplitPositions(positions) : current?.Positions,
                UnitId = unitId,
                Phone = Text(ParticipantSheet.Phone, current?.Phone),
                Email = Text(ParticipantSheet.Email, current?.Email),
                Notes = Text(ParticipantSheet.Notes, current?.Notes),
                IsPlaceholder = placeholder,
            };
            errors.AddRange(Rules.Validate(fields).Errors.Select(e => e.ErrorMessage));
            if (errors.Count > 0)
            {
                plan.Errors.AddRange(errors.Distinct().Select(e => new ImportRowError(row.Line, e)));
                continue;
            }

            var details = fields.ToDetails();
            var action = existing is null ? RowAction.Create : existing.Holds(details) ? RowAction.Unchanged : RowAction.Update;
            plan.Rows.Add(new PlannedRow(row.Line, action, existing, details));
        }
        return plan;
    }

    private static string Label(string property) => FieldLabels.Of(typeof(ParticipantFields).GetProperty(property)!);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>Case- and diacritic-free, like the database's antq_fold: "Định Công" and "dinh cong" are the same name.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
