using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Rules;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.ApiKeys;

/// <summary>Issues a key for an integrator.</summary>
[AuditRecord(AuditRecordType.ApiKey)]
public sealed record CreateApiKeyCommand : ICommand<CreatedApiKeyResponse>
{
    /// <example>Cổng thông tin quận Hoàng Mai</example>
    [FieldLabel("Tên hệ thống tích hợp", "Integrator name")]
    public string Name { get; init; } = "";

    /// <example>["read"]</example>
    [Required]
    [FieldLabel("Quyền", "Scopes")]
    public IReadOnlyList<ApiKeyScope>? Scopes { get; init; }

    /// <summary>Limit writes to these units and their descendants; empty for no limit.</summary>
    [FieldLabel("Giới hạn đơn vị", "Units")]
    public IReadOnlyList<Guid>? UnitIds { get; init; }

    /// <summary>When the key stops working; null for no expiry.</summary>
    [FieldLabel("Hết hạn", "Expires")]
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
        RuleFor(x => x.ExpiresAt).Must(t => VietnamTime.IsOnTheCalendar(t!.Value)).When(x => x.ExpiresAt is not null)
            .WithMessage(_ => VietnamTime.NotOnTheCalendarMessage);
        RuleFor(x => x.UnitIds).MustBeExistingUnits(db);
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
