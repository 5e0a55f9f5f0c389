using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Search;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

/// <summary>Lists awards with search, filters, sorting and paging.</summary>
/// <param name="Q">Free text in the recipient's name, the citation or the decision number, ignoring case and diacritics.</param>
/// <param name="Form">Only this form.</param>
/// <param name="Status">Only this status.</param>
/// <param name="IssuerUnitId">Only awards issued by this unit or a unit below it.</param>
/// <param name="RecipientId">Only awards to this participant.</param>
/// <param name="EventId">Only awards presented (or to be presented) at this event.</param>
/// <param name="InitiativeId">Only awards for this initiative's results.</param>
/// <param name="Year">Only awards of this year: the decision's, else the presentation's.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Sort">decisionDate, presentedOn, recipient or createdAt; prefix with - for descending (default -decisionDate).</param>
/// <param name="After">Walk the whole list in id order: the records after this id — 00000000-0000-0000-0000-000000000000 to start, then the last id of the previous page — until a page comes back shorter than pageSize. Not with page or sort; filters and q still apply.</param>
public sealed record ListAwardsQuery(
    string? Q = null, QueryEnum<AwardForm>? Form = null, QueryEnum<AwardStatus>? Status = null, Guid? IssuerUnitId = null, Guid? RecipientId = null,
    Guid? EventId = null, int? Year = null, int? Page = null, int? PageSize = null, string? Sort = null, Guid? InitiativeId = null,
    Guid? After = null) : IQuery<PagedList<AwardResponse>>, ICursorQuery;

public sealed class ListAwardsValidator : PagedQueryValidator<ListAwardsQuery, Award>
{
    public ListAwardsValidator() : base(ListAwardsHandler.Sorts) =>
        RuleFor(x => x.Year).InclusiveBetween(Common.Json.VietnamTime.FirstDay.Year, Common.Json.VietnamTime.LastDay.Year);
}

public sealed class ListAwardsHandler(AntqReadDbContext db) : IQueryHandler<ListAwardsQuery, PagedList<AwardResponse>>
{
    internal static readonly SortMap<Award> Sorts = new SortMap<Award>("-decisionDate")
        // Undecided proposals count as oldest, so the default "-decisionDate" starts with the latest decisions.
        .Add("decisionDate", a => a.DecisionDate ?? DateOnly.MinValue)
        .Add("presentedOn", a => a.PresentedOn)
        .Add("recipient", a => a.Recipient.FullName)
        .Add("createdAt", a => a.CreatedAt);

    public async ValueTask<PagedList<AwardResponse>> Handle(ListAwardsQuery query, CancellationToken cancellationToken) =>
        await Sorts.ApplyOrWalk(Filter(db, query), query).ProjectToResponse().ToPagedListAsync(query, cancellationToken);

    /// <summary>The awards the list's filters keep (the export takes the same).</summary>
    internal static IQueryable<Award> Filter(AntqDbContext db, ListAwardsQuery query)
    {
        var awards = db.Awards.AsNoTracking().WhereMatches(query.Q, a => a.SearchText + " " + a.Recipient.SearchText);
        if (query.Form?.Value is { } form)
            awards = awards.Where(a => a.Form == form);
        if (query.Status?.Value is { } status)
            awards = awards.Where(a => a.Status == status);
        if (query.IssuerUnitId is { } issuer)
        {
            var issuers = db.WithDescendants([issuer]);
            awards = awards.Where(a => issuers.Contains(a.IssuerUnitId));
        }
        if (query.RecipientId is { } recipient)
            awards = awards.Where(a => a.RecipientId == recipient);
        if (query.EventId is { } eventId)
            awards = awards.Where(a => a.EventId == eventId);
        if (query.InitiativeId is { } initiativeId)
            awards = awards.Where(a => a.InitiativeId == initiativeId);
        if (query.Year is { } year)
            awards = awards.Where(a => a.DecisionDate != null ? a.DecisionDate.Value.Year == year : a.PresentedOn != null && a.PresentedOn.Value.Year == year);
        return awards;
    }
}
