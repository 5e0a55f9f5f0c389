using Antq.Api.Common.Errors;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Initiatives;

/// <summary>An indicator's history, newest first.</summary>
public sealed record ListMeasurementsQuery(Guid Id, Guid IndicatorId, int? Page = null, int? PageSize = null)
    : IQuery<PagedList<MeasurementResponse>>, IPageRequest;

public sealed class ListMeasurementsValidator : PageRequestValidator<ListMeasurementsQuery>;

public sealed class ListMeasurementsHandler(AntqReadDbContext db, CurrentActor actor) : IQueryHandler<ListMeasurementsQuery, PagedList<MeasurementResponse>>
{
    public async ValueTask<PagedList<MeasurementResponse>> Handle(ListMeasurementsQuery query, CancellationToken cancellationToken)
    {
        await MeasurementQueries.EnsureIndicatorAsync(db, actor, query.Id, query.IndicatorId, cancellationToken);
        return await db.Measurements.AsNoTracking().Where(m => m.IndicatorId == query.IndicatorId)
            .OrderByDescending(m => m.MeasuredOn).ProjectToResponse().ToPagedListAsync(query, cancellationToken);
    }
}

/// <summary>One measured value, as Location names it after a create.</summary>
public sealed record GetMeasurementQuery(Guid Id, Guid IndicatorId, Guid MeasurementId) : IQuery<MeasurementResponse>;

public sealed class GetMeasurementHandler(AntqDbContext db, CurrentActor actor) : IQueryHandler<GetMeasurementQuery, MeasurementResponse>
{
    public async ValueTask<MeasurementResponse> Handle(GetMeasurementQuery query, CancellationToken cancellationToken)
    {
        await MeasurementQueries.EnsureIndicatorAsync(db, actor, query.Id, query.IndicatorId, cancellationToken);
        return await db.Measurements.AsNoTracking().Where(m => m.Id == query.MeasurementId && m.IndicatorId == query.IndicatorId)
                   .ProjectToResponse().SingleOrDefaultAsync(cancellationToken)
               ?? throw NotFoundException.Of<Measurement>(query.MeasurementId);
    }
}

internal static class MeasurementQueries
{
    /// <summary>404 naming what is missing (or hidden from the caller): the initiative, or the indicator within it.</summary>
    public static async Task EnsureIndicatorAsync(AntqDbContext db, CurrentActor actor, Guid initiativeId, Guid indicatorId, CancellationToken ct)
    {
        var found = await db.Initiatives.VisibleTo(actor).Where(i => i.Id == initiativeId)
            .Select(i => new { HasIndicator = i.Indicators.Any(x => x.Id == indicatorId) }).SingleOrDefaultAsync(ct);
        if (found is null)
            throw NotFoundException.Of<Initiative>(initiativeId);
        if (!found.HasIndicator)
            throw NotFoundException.Of<Indicator>(indicatorId);
    }
}
