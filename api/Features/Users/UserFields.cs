using Antq.Api.Common.Api;
using Antq.Api.Common.Rules;
using Antq.Api.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Users;

/// <summary>The roles and units an admin gives an account.</summary>
public interface IUserAccess
{
    IReadOnlyList<string>? Roles { get; }

    IReadOnlyList<Guid>? UnitIds { get; }
}

/// <summary>Rules shared by creating and updating an account.</summary>
public abstract class UserAccessValidator<T> : AbstractValidator<T> where T : IUserAccess
{
    protected UserAccessValidator(AntqDbContext db)
    {
        RuleFor(x => x.Roles)
            .NotEmpty().WithMessage(_ => Localized.Text("Chọn ít nhất một vai trò.", "Give at least one role."))
            .Must(roles => roles is null || roles.All(Domain.Roles.All.Contains))
            .WithMessage(_ => $"{Localized.Text("Vai trò hợp lệ", "Roles are")}: {string.Join(", ", Domain.Roles.All)}.");
        RuleFor(x => x.UnitIds)
            .MustBeExistingUnits(db)
            .NotEmpty().When(x => x.Roles is { } roles && roles.Contains(Domain.Roles.Editor) && !roles.Contains(Domain.Roles.Admin))
            .WithMessage(_ => Localized.Text("Biên tập viên cần được giao ít nhất một đơn vị.", "An editor needs at least one unit."));
    }
}
