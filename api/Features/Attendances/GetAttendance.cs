using Antq.Api.Common.Security;
using Antq.Api.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Attendances;

public sealed record GetAttendanceQuery(Guid EventId, Guid ParticipantId) : IQuery<AttendanceResponse>;

public sealed class GetAttendanceHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<GetAttendanceQuery, AttendanceResponse>
{
    public async ValueTask<AttendanceResponse> Handle(GetAttendanceQuery query, CancellationToken cancellationToken)
    {
        var speakers = await AttendanceReading.SpeakersOfVisibleEventAsync(db, actor, query.EventId, cancellationToken);
        var attendance = await db.Attendances.AsNoTracking().Where(a => a.EventId == query.EventId && a.ParticipantId == query.ParticipantId)
            .ProjectToResponse().SingleOrDefaultAsync(cancellationToken) ?? throw AttendanceReading.NotOnTheList(query.ParticipantId);
        return attendance.For(actor, speakers);
    }
}
