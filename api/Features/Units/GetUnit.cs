using Antq.Api.Common.Errors;
using Antq.Api.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

public sealed record GetUnitQuery(Guid Id) : IQuery<UnitResponse>;

public sealed class GetUnitHandler(AntqDbContext db) : IQueryHandler<GetUnitQuery, UnitResponse>
{
    public async ValueTask<UnitResponse> Handle(GetUnitQuery query, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Id == query.Id).ProjectToResponse().SingleOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.Of<Domain.Unit>(query.Id);
}
