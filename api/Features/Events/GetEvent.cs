using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Events;

public sealed record GetEventQuery(Guid Id) : IQuery<EventResponse>;

public sealed class GetEventHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<GetEventQuery, EventResponse>
{
    public async ValueTask<EventResponse> Handle(GetEventQuery query, CancellationToken cancellationToken)
    {
        var evt = await db.Events.AsNoTracking().VisibleTo(actor).Where(e => e.Id == query.Id).ProjectToResponse().SingleOrDefaultAsync(cancellationToken)
                  ?? throw NotFoundException.Of<Event>(query.Id);
        return (await EventSpeakers.WithNamesAsync(db, [evt], cancellationToken))[0];
    }
}
