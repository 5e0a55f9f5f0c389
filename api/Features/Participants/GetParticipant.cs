using Antq.Api.Common.Errors;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Participants;

public sealed record GetParticipantQuery(Guid Id) : IQuery<ParticipantResponse>;

public sealed class GetParticipantHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<GetParticipantQuery, ParticipantResponse>
{
    public async ValueTask<ParticipantResponse> Handle(GetParticipantQuery query, CancellationToken cancellationToken) =>
        (await db.Participants.AsNoTracking().Where(p => p.Id == query.Id).ProjectToResponse().SingleOrDefaultAsync(cancellationToken)
         ?? throw NotFoundException.Of<Participant>(query.Id)).For(actor);
}
