using Antq.Api.Common.Api;
using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Audit;

/// <summary>One command someone tried: who, what, which record (with its name as it is now; null once deleted), when, and how it ended.</summary>
public sealed record AuditEntryResponse(
    long Id, DateTimeOffset At, ActorKind ActorKind, Guid? ActorId, string? ActorName, string Command, Guid? RecordId,
    AuditRecordType? RecordType, string? RecordName, AuditOutcome Outcome, int Status);

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
    Guid? ActorId = null, [property: FieldLabel("Thao tác", "Action")] string? Command = null, Guid? RecordId = null, QueryEnum<AuditOutcome>? Outcome = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int? Page = null, int? PageSize = null)
    : IQuery<PagedList<AuditEntryResponse>>, IPageRequest;

public sealed class ListAuditValidator : PageRequestValidator<ListAuditQuery>
{
    public ListAuditValidator() => RuleFor(x => x.Command).Must(c => AuditCommands.Names.Contains(c)).When(x => !string.IsNullOrWhiteSpace(x.Command))
        .WithMessage(_ => Localized.Text($"Không có thao tác này. Chỉ nhận một trong: {string.Join(", ", AuditCommands.Names)}.",
            $"No such action. One of: {string.Join(", ", AuditCommands.Names)}."));
}

public sealed class ListAuditHandler(AntqReadDbContext db) : IQueryHandler<ListAuditQuery, PagedList<AuditEntryResponse>>
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

        // The record's current name, whichever kind it is (ids are unique across kinds); one page of lookups in SQL.
        var page = await entries.OrderByDescending(a => a.Id)
            .Select(a => new
            {
                Entry = a,
                Name = db.Units.Where(u => u.Id == a.RecordId).Select(u => u.Name).FirstOrDefault()
                       ?? db.Events.Where(e => e.Id == a.RecordId).Select(e => e.Title).FirstOrDefault()
                       ?? db.Participants.Where(p => p.Id == a.RecordId).Select(p => p.FullName).FirstOrDefault()
                       ?? db.Users.Where(u => u.Id == a.RecordId).Select(u => u.Email).FirstOrDefault()
                       ?? db.ApiKeys.Where(k => k.Id == a.RecordId).Select(k => k.Name).FirstOrDefault(),
            })
            .ToPagedListAsync(query, cancellationToken);
        return page.Select(i => new AuditEntryResponse(i.Entry.Id, i.Entry.At, i.Entry.ActorKind, i.Entry.ActorId, i.Entry.ActorName,
            i.Entry.Command, i.Entry.RecordId, i.Entry.RecordType, i.Name, i.Entry.Outcome, i.Entry.Status));
    }
}
