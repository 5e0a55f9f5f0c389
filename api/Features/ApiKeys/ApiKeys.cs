using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Errors;
using Antq.Api.Common.Paging;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.ApiKeys;

/// <summary>An integrator's key as listed: never the secret.</summary>
public sealed record ApiKeyResponse(
    Guid Id, string Name, string Prefix, IReadOnlyList<ApiKeyScope> Scopes, IReadOnlyList<Guid> UnitIds, DateTimeOffset? ExpiresAt,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A key just created: <see cref="Key"/> is shown this once and cannot be recovered.</summary>
public sealed record CreatedApiKeyResponse(
    Guid Id, string Name, string Key, IReadOnlyList<ApiKeyScope> Scopes, IReadOnlyList<Guid> UnitIds, DateTimeOffset? ExpiresAt);

/// <summary>Issues a key for an integrator.</summary>
public sealed record CreateApiKeyCommand : ICommand<CreatedApiKeyResponse>
{
    /// <example>Cổng thông tin quận Hoàng Mai</example>
    public string Name { get; init; } = "";

    /// <example>["read"]</example>
    [Required]
    public IReadOnlyList<ApiKeyScope>? Scopes { get; init; }

    /// <summary>Limit writes to these units and their descendants; empty for no limit.</summary>
    public IReadOnlyList<Guid>? UnitIds { get; init; }

    /// <summary>When the key stops working; null for no expiry.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator(AntqDbContext db, TimeProvider time)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty();
        RuleForEach(x => x.Scopes).IsInEnum();
        RuleFor(x => x.ExpiresAt).GreaterThan(_ => time.GetUtcNow()).When(x => x.ExpiresAt is not null)
            .WithMessage(_ => Localized.Text("Thời hạn phải ở tương lai.", "The expiry must be in the future."));
        RuleFor(x => x.UnitIds)
            .MustAsync(async (ids, ct) => ids is null || ids.Count == 0 || await db.Units.CountAsync(u => ids.Contains(u.Id), ct) == ids.Distinct().Count())
            .WithMessage(_ => Localized.Text("Có mã đơn vị không tồn tại.", "Some unit ids do not exist."));
    }
}

public sealed class CreateApiKeyHandler(AntqDbContext db, CurrentActor actor) : ICommandHandler<CreateApiKeyCommand, CreatedApiKeyResponse>
{
    public async ValueTask<CreatedApiKeyResponse> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var (key, secret) = ApiKey.Issue(command.Name, command.Scopes!, command.UnitIds ?? [], command.ExpiresAt, actor.Id);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKeyResponse(key.Id, key.Name, secret, key.Scopes, key.UnitIds, key.ExpiresAt);
    }
}

/// <summary>Revokes a key at once; it stays listed, with its revocation time.</summary>
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand;

public sealed class RevokeApiKeyHandler(AntqDbContext db, TimeProvider time) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Mediator.Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.FindAsync([command.Id], cancellationToken) ?? throw new NotFoundException("API key", command.Id);
        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

/// <summary>Lists keys, newest first.</summary>
public sealed record ListApiKeysQuery(bool? Revoked = null, int? Page = null, int? PageSize = null) : IQuery<PagedList<ApiKeyResponse>>, IPagedQuery
{
    string? IPagedQuery.Q => null;

    string? IPagedQuery.Sort => null;
}

public sealed class ListApiKeysValidator : AbstractValidator<ListApiKeysQuery>
{
    public ListApiKeysValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}

public sealed class ListApiKeysHandler(AntqDbContext db) : IQueryHandler<ListApiKeysQuery, PagedList<ApiKeyResponse>>
{
    public async ValueTask<PagedList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (query.Revoked is { } revoked)
            keys = revoked ? keys.Where(k => k.RevokedAt != null) : keys.Where(k => k.RevokedAt == null);
        return await keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => new ApiKeyResponse(k.Id, k.Name, k.Prefix, k.Scopes, k.UnitIds, k.ExpiresAt, k.CreatedAt, k.RevokedAt, k.LastUsedAt))
            .ToPagedListAsync(query, cancellationToken);
    }
}
