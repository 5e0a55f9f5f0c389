using Antq.Api.Common.Http;
using Antq.Api.Common.Search;
using Antq.Api.Common.Security;
using Antq.Api.Common.Spreadsheets;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>Participants as a spreadsheet: the list's filters and order (by name, Vietnamese collation), every match, no paging.</summary>
/// <param name="Q">Free text in the name or positions, ignoring case and diacritics.</param>
/// <param name="Kind">Only participants of this kind.</param>
/// <param name="UnitId">Only participants of this unit.</param>
/// <param name="Format">csv (default) or xlsx.</param>
public sealed record ExportParticipantsQuery(string? Q = null, QueryEnum<ParticipantKind>? Kind = null, Guid? UnitId = null, QueryEnum<TableFormat>? Format = null)
    : IQuery<ParticipantsExport>;

/// <summary>The columns and the rows, read from the database while they are written.</summary>
public sealed record ParticipantsExport(TableFormat Format, IReadOnlyList<string> Columns, IAsyncEnumerable<string?[]> Rows);

public sealed class ExportParticipantsValidator : AbstractValidator<ExportParticipantsQuery>
{
    public ExportParticipantsValidator() => RuleFor(x => x.Q).MaximumLength(200);
}

public sealed class ExportParticipantsHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<ExportParticipantsQuery, ParticipantsExport>
{
    public ValueTask<ParticipantsExport> Handle(ExportParticipantsQuery query, CancellationToken cancellationToken)
    {
        var participants = db.Participants.AsNoTracking().WhereMatches(query.Q);
        if (query.Kind?.Value is { } kind)
            participants = participants.Where(p => p.Kind == kind);
        if (query.UnitId is { } unitId)
            participants = participants.Where(p => p.UnitId == unitId);

        var personal = actor.CanSeePersonalData;
        var rows = ListParticipantsHandler.Sorts.Apply(participants, null).ProjectToResponse().AsAsyncEnumerable();
        return ValueTask.FromResult(new ParticipantsExport(query.Format?.Value ?? TableFormat.Csv, ParticipantSheet.ColumnsFor(actor),
            Select(rows, p => ParticipantSheet.Row(p, personal), cancellationToken)));
    }

    private static async IAsyncEnumerable<string?[]> Select(IAsyncEnumerable<ParticipantResponse> rows, Func<ParticipantResponse, string?[]> row,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var p in rows.WithCancellation(ct))
            yield return row(p);
    }
}
