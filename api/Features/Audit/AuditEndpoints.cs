using Antq.Api.Common.Http;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Antq.Api.Features.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/v1/audit").WithTags("Audit").WithProblemResponses().AdminOnly();
        audit.MapGet("/", List).WithName("ListAudit").WithSummary("The audit log")
            .WithDescription("Every command that tried to change data: who, which command, which record, when, and the outcome. Append-only.");
        return app;
    }

    private static async Task<Ok<PagedList<AuditEntryResponse>>> List([AsParameters] ListAuditQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));
}
