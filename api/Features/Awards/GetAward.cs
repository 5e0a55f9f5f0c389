using Antq.Api.Common.Errors;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Awards;

public sealed record GetAwardQuery(Guid Id) : IQuery<AwardResponse>;

public sealed class GetAwardHandler(AntqDbContext db) : IQueryHandler<GetAwardQuery, AwardResponse>
{
    public async ValueTask<AwardResponse> Handle(GetAwardQuery query, CancellationToken cancellationToken) =>
        await db.Awards.AsNoTracking().Where(a => a.Id == query.Id).ProjectToResponse().SingleOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.Of<Award>(query.Id);
}
