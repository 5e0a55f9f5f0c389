using Antq.Api.Domain;
using Microsoft.AspNetCore.Identity;

namespace Antq.Api.Data.Seeding;

/// <summary>The roles, and a first admin from ANTQ_ADMIN_EMAIL / ANTQ_ADMIN_PASSWORD when both are set and that user is missing.</summary>
public static partial class IdentitySeeder
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        }
    }

    public static async Task EnsureFirstAdminAsync(IServiceProvider services, IConfiguration config, ILogger logger)
    {
        var email = config["ANTQ_ADMIN_EMAIL"];
        var password = config["ANTQ_ADMIN_PASSWORD"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
            return;

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
            return;

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException("The first admin could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(admin, Roles.Admin);
        LogFirstAdmin(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first admin account from ANTQ_ADMIN_EMAIL.")]
    private static partial void LogFirstAdmin(ILogger logger);
}
