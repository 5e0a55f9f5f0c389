using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

public sealed record GetInitiativeQuery(Guid Id) : IQuery<InitiativeResponse>;

public sealed class GetInitiativeHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<GetInitiativeQuery, InitiativeResponse>
{
    public async ValueTask<InitiativeResponse> Handle(GetInitiativeQuery query, CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking().VisibleTo(actor).Where(i => i.Id == query.Id).ProjectToResponse().SingleOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.Of<Initiative>(query.Id);
}
