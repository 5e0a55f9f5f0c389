using Antq.Api.Common.Errors;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data;

/// <summary>A command that changes one existing record, with the version the client read (from If-Match) or null.</summary>
public interface IVersionedCommand
{
    Guid Id { get; }

    /// <summary>From If-Match; null means last writer wins (the transaction behavior retries a lost race).</summary>
    int? ExpectedVersion { get; }
}

public static class WriteLoading
{
    /// <summary>
    /// Loads the record a command changes: 404 naming the kind of record when it does not exist, 412 when the client's
    /// If-Match names another version. Every update, delete and transition handler starts here.
    /// </summary>
    public static async Task<T> FindForWriteAsync<T>(this DbSet<T> records, IVersionedCommand command, CancellationToken ct) where T : Entity
    {
        var record = await records.FindAsync([command.Id], ct) ?? throw NotFoundException.Of<T>(command.Id);
        if (command.ExpectedVersion is { } expected && expected != record.Version)
            throw new PreconditionFailedException();
        return record;
    }
}
