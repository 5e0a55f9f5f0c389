using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Search;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

/// <summary>Lists participants with search, filters, sorting and paging.</summary>
/// <param name="Q">Free text in the name or positions, ignoring case and diacritics ("nguyen thi phuong" finds "Nguyễn Thị Phượng").</param>
/// <param name="Kind">Only participants of this kind.</param>
/// <param name="UnitId">Only participants of this unit.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
/// <param name="Sort">fullName or createdAt; prefix with - for descending (default fullName).</param>
/// <param name="After">Walk the whole list in id order: the records after this id — 00000000-0000-0000-0000-000000000000 to start, then the last id of the previous page — until a page comes back shorter than pageSize. Not with page or sort; filters and q still apply.</param>
public sealed record ListParticipantsQuery(
    string? Q = null, QueryEnum<ParticipantKind>? Kind = null, Guid? UnitId = null, int? Page = null, int? PageSize = null, string? Sort = null,
    Guid? After = null) : IQuery<PagedList<ParticipantResponse>>, ICursorQuery;

public sealed class ListParticipantsValidator() : PagedQueryValidator<ListParticipantsQuery, Participant>(ListParticipantsHandler.Sorts);

public sealed class ListParticipantsHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ListParticipantsQuery, PagedList<ParticipantResponse>>
{
    internal static readonly SortMap<Participant> Sorts = new SortMap<Participant>("fullName")
        .Add("fullName", p => p.FullName)
        .Add("createdAt", p => p.CreatedAt);

    public async ValueTask<PagedList<ParticipantResponse>> Handle(ListParticipantsQuery query, CancellationToken cancellationToken)
    {
        var participants = db.Participants.AsNoTracking().WhereMatches(query.Q);
        if (query.Kind?.Value is { } kind)
            participants = participants.Where(p => p.Kind == kind);
        if (query.UnitId is { } unitId)
            participants = participants.Where(p => p.UnitId == unitId);

        var page = await Sorts.ApplyOrWalk(participants, query).ProjectToResponse().ToPagedListAsync(query, cancellationToken);
        return page with { Items = [.. page.Items.Select(p => p.For(actor))] };
    }
}
