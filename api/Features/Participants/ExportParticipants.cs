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
    : IQuery<TableExport>;

public sealed class ExportParticipantsValidator : AbstractValidator<ExportParticipantsQuery>
{
    public ExportParticipantsValidator() => RuleFor(x => x.Q).MaximumLength(200);
}

public sealed class ExportParticipantsHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ExportParticipantsQuery, TableExport>
{
    public ValueTask<TableExport> Handle(ExportParticipantsQuery query, CancellationToken cancellationToken)
    {
        var participants = db.Participants.AsNoTracking().WhereMatches(query.Q);
        if (query.Kind?.Value is { } kind)
            participants = participants.Where(p => p.Kind == kind);
        if (query.UnitId is { } unitId)
            participants = participants.Where(p => p.UnitId == unitId);

        var personal = actor.CanSeePersonalData;
        var rows = ListParticipantsHandler.Sorts.Apply(participants, null).ProjectToResponse().AsAsyncEnumerable();
        return ValueTask.FromResult(new TableExport(query.Format?.Value ?? TableFormat.Csv, ParticipantSheet.ColumnsFor(actor),
            rows.Select(p => ParticipantSheet.Row(p, personal))));
    }
}
