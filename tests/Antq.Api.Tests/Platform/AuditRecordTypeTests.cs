using System.Reflection;
using Antq.Api.Domain;
using Mediator;

namespace Antq.Api.Tests.Platform;

public sealed class AuditRecordTypeTests
{
    /// <summary>The audit log links each entry to its record by the type its command declares: a new command must say it.</summary>
    [Fact]
    public void Every_command_declares_the_kind_of_record_it_changes()
    {
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseCommand).IsAssignableFrom(t))
            .ToList();

        Assert.NotEmpty(commands);
        var undeclared = commands.Where(t => t.GetCustomAttribute<AuditRecordAttribute>() is null).Select(t => t.Name).ToList();
        Assert.True(undeclared.Count == 0, "Commands without [AuditRecord]: " + string.Join(", ", undeclared));
    }
}
