using Antq.Api.Common.Api;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Features.Users;

/// <summary>
/// Creates an account with roles and, for editors, the units they may write in. The account must change its password at
/// first sign-in.
/// </summary>
[AuditRecord(AuditRecordType.User)]
public sealed record CreateUserCommand : ICommand<UserResponse>, IUserAccess
{
    /// <example>can.bo@dinhcong.example</example>
    [FieldLabel("Email", "Email")]
    public string Email { get; init; } = "";

    /// <summary>At least 10 characters, with a digit and a lower-case letter.</summary>
    [FieldLabel("Mật khẩu", "Password")]
    public string Password { get; init; } = "";

    /// <example>["editor"]</example>
    [FieldLabel("Vai trò", "Roles")]
    public IReadOnlyList<string>? Roles { get; init; }

    [FieldLabel("Đơn vị phụ trách", "Units")]

    public IReadOnlyList<Guid>? UnitIds { get; init; }
}

public sealed class CreateUserValidator : UserAccessValidator<CreateUserCommand>
{
    public CreateUserValidator(AntqDbContext db) : base(db)
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(x => x.Password).NotEmpty();
    }
}

public sealed class CreateUserHandler(UserManager<AppUser> users) : ICommandHandler<CreateUserCommand, UserResponse>
{
    public async ValueTask<UserResponse> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            throw new DomainRuleException(Localized.Text("Đã có tài khoản với email này.", "An account with this email already exists."));

        // The admin chose the password, so its owner changes it before doing anything else.
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = true };
        user.AssignUnits(command.UnitIds ?? []);
        var created = await users.CreateAsync(user, command.Password);
        if (!created.Succeeded)
            throw new ValidationException(created.Errors.Select(e => new ValidationFailure(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)));
        await users.AddToRolesAsync(user, command.Roles!.Distinct());
        return await UserQueries.ResponseAsync(users, user);
    }
}
