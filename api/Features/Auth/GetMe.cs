using Antq.Api.Common.Security;
using Antq.Api.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Auth;

/// <summary>What the signed-in person is and may do, and whether they must change their password before anything else.</summary>
public sealed record MeResponse(string Email, IReadOnlyList<string> Roles, IReadOnlyList<Guid> UnitIds, bool MustChangePassword);

public sealed record GetMeQuery : IQuery<MeResponse>;

public sealed class GetMeHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<GetMeQuery, MeResponse>
{
    public async ValueTask<MeResponse> Handle(GetMeQuery query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == actor.Id)
            .Select(u => new MeResponse(
                u.Email!,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToList(),
                u.Units.Select(x => x.UnitId).ToList(),
                u.MustChangePassword))
            .SingleOrDefaultAsync(cancellationToken) ?? throw AuthMessages.SessionEnded();
}
