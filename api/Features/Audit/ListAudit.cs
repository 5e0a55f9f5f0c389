using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Audit;

public sealed record AuditEntryResponse(
    long Id, DateTimeOffset At, ActorKind ActorKind, Guid? ActorId, string? ActorName, string Command, Guid? RecordId, AuditOutcome Outcome, int Status);

/// <summary>The audit log, newest first.</summary>
/// <param name="ActorId">Only what this user or key did.</param>
/// <param name="Command">Only this command, e.g. UpdateEventCommand.</param>
/// <param name="RecordId">Only commands about this record.</param>
/// <param name="Outcome">succeeded, rejected (4xx) or failed (5xx).</param>
/// <param name="From">From this instant on.</param>
/// <param name="To">Before this instant.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page, 1..100 (default 20).</param>
public sealed record ListAuditQuery(
    Guid? ActorId = null, string? Command = null, Guid? RecordId = null, QueryEnum<AuditOutcome>? Outcome = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedList<AuditEntryResponse>>, IPageRequest;

public sealed class ListAuditValidator : PageRequestValidator<ListAuditQuery>
{
    public ListAuditValidator() => RuleFor(x => x.Command).MaximumLength(100);
}

public sealed class ListAuditHandler(AntqDbContext db) : IQueryHandler<ListAuditQuery, PagedList<AuditEntryResponse>>
{
    public async ValueTask<PagedList<AuditEntryResponse>> Handle(ListAuditQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.ActorId is { } actor)
            entries = entries.Where(a => a.ActorId == actor);
        if (!string.IsNullOrWhiteSpace(query.Command))
            entries = entries.Where(a => a.Command == query.Command);
        if (query.RecordId is { } record)
            entries = entries.Where(a => a.RecordId == record);
        if (query.Outcome?.Value is { } outcome)
            entries = entries.Where(a => a.Outcome == outcome);
        if (query.From is { } from)
        {
            var start = from.ToUniversalTime();
            entries = entries.Where(a => a.At >= start);
        }
        if (query.To is { } to)
        {
            var end = to.ToUniversalTime();
            entries = entries.Where(a => a.At < end);
        }
        return await entries.OrderByDescending(a => a.Id)
            .Select(a => new AuditEntryResponse(a.Id, a.At, a.ActorKind, a.ActorId, a.ActorName, a.Command, a.RecordId, a.Outcome, a.Status))
            .ToPagedListAsync(query, cancellationToken);
    }
}
