using Antq.Api.Common.Http;
using Antq.Api.Common.Json;
using Antq.Api.Common.Spreadsheets;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>Awards as a spreadsheet: the list's filters and order, every match, no paging.</summary>
/// <param name="Q">Free text in the recipient's name, the citation or the decision number.</param>
/// <param name="Form">Only this form.</param>
/// <param name="Status">Only this status.</param>
/// <param name="IssuerUnitId">Only awards issued by this unit or a unit below it.</param>
/// <param name="RecipientId">Only awards to this participant.</param>
/// <param name="EventId">Only awards at this event.</param>
/// <param name="Year">Only awards of this year.</param>
/// <param name="Format">csv (default) or xlsx.</param>
public sealed record ExportAwardsQuery(
    string? Q = null, QueryEnum<AwardForm>? Form = null, QueryEnum<AwardStatus>? Status = null, Guid? IssuerUnitId = null, Guid? RecipientId = null,
    Guid? EventId = null, int? Year = null, QueryEnum<TableFormat>? Format = null) : IQuery<TableExport>;

public sealed class ExportAwardsValidator : AbstractValidator<ExportAwardsQuery>
{
    public ExportAwardsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Year).InclusiveBetween(VietnamTime.FirstDay.Year, VietnamTime.LastDay.Year);
    }
}

public sealed class ExportAwardsHandler(AntqReadDbContext db) : IQueryHandler<ExportAwardsQuery, TableExport>
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "form", "status", "issuer", "decisionNumber", "decisionDate", "recipient", "recipientKind", "citation", "event", "presentedBy",
        "presentedOn", "revocationDecisionNumber", "revocationDecisionDate", "revocationReason", "notes",
    ];

    public ValueTask<TableExport> Handle(ExportAwardsQuery query, CancellationToken cancellationToken)
    {
        var list = new ListAwardsQuery(query.Q, query.Form, query.Status, query.IssuerUnitId, query.RecipientId, query.EventId, query.Year);
        var rows = ListAwardsHandler.Sorts.Apply(ListAwardsHandler.Filter(db, list), null).ProjectToResponse().AsAsyncEnumerable()
            .Select(a => new string?[]
            {
                a.Id.ToString(), a.Form.ApiName(), a.Status.ApiName(), a.IssuerUnitName, a.DecisionNumber, Day(a.DecisionDate), a.RecipientName,
                a.RecipientKind.ApiName(), a.Citation, a.EventTitle, a.PresentedByName, Day(a.PresentedOn), a.Revocation?.DecisionNumber,
                Day(a.Revocation?.DecisionDate), a.Revocation?.Reason, a.Notes,
            });
        return ValueTask.FromResult(new TableExport(query.Format?.Value ?? TableFormat.Csv, Columns, rows));
    }

    private static string? Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
