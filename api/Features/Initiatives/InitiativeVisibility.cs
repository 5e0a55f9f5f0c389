using Antq.Api.Common.Security;
using Antq.Api.Domain;

namespace Antq.Api.Features.Initiatives;

public static class InitiativeVisibility
{
    /// <summary>Anonymous callers see initiatives under way or done: a proposal is work in progress, as a draft event is.</summary>
    public static IQueryable<Initiative> VisibleTo(this IQueryable<Initiative> initiatives, CurrentActor actor) =>
        actor.CanSeeUnpublished ? initiatives : initiatives.Where(i => i.Status != InitiativeStatus.Proposed);
}
