using Antq.Api.Common.Security;
using Antq.Api.Domain;

namespace Antq.Api.Features.Events;

public static class EventVisibility
{
    /// <summary>Anonymous callers see published events only: drafts are work in progress.</summary>
    public static IQueryable<Event> VisibleTo(this IQueryable<Event> events, CurrentActor actor) =>
        actor.CanSeeUnpublished ? events : events.Where(e => e.Status != EventStatus.Draft);
}
