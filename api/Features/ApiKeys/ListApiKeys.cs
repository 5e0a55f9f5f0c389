using Antq.Api.Common.Paging;
using Antq.Api.Data;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.ApiKeys;

/// <summary>Lists keys, newest first.</summary>
public sealed record ListApiKeysQuery(bool? Revoked = null, int? Page = null, int? PageSize = null) : IQuery<PagedList<ApiKeyResponse>>, IPageRequest;

public sealed class ListApiKeysValidator : PageRequestValidator<ListApiKeysQuery>;

public sealed class ListApiKeysHandler(AntqDbContext db) : IQueryHandler<ListApiKeysQuery, PagedList<ApiKeyResponse>>
{
    public async ValueTask<PagedList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (query.Revoked is { } revoked)
            keys = revoked ? keys.Where(k => k.RevokedAt != null) : keys.Where(k => k.RevokedAt == null);
        return await keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => new ApiKeyResponse(k.Id, k.Name, k.Prefix, k.Scopes, k.Units.Select(u => u.UnitId).ToList(), k.ExpiresAt, k.CreatedAt, k.RevokedAt, k.LastUsedAt))
            .ToPagedListAsync(query, cancellationToken);
    }
}
