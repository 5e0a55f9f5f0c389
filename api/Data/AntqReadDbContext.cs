using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data;

/// <summary>
/// The read side: lists, search, statistics and exports, which may lag a write by the standby's replay delay. It has the
/// same model as <see cref="AntqDbContext"/> but its own connection (ConnectionStrings:Read, e.g. a multi-host string that
/// prefers standbys; ConnectionStrings:Default when unset), tracks nothing and refuses to save.
/// </summary>
public sealed class AntqReadDbContext(DbContextOptions<AntqReadDbContext> options) : AntqDbContext(options)
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) => throw ReadOnly();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw ReadOnly();

    private static InvalidOperationException ReadOnly() =>
        new("AntqReadDbContext is for reads that may run on a standby; write through AntqDbContext.");
}
