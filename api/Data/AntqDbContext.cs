using Antq.Api.Common.Search;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data;

public sealed class AntqDbContext(DbContextOptions<AntqDbContext> options) : DbContext(options)
{
    /// <summary>ICU's Vietnamese collation, shipped with PostgreSQL builds that have ICU (Debian's and the official image).</summary>
    public const string VietnameseCollation = "vi-VN-x-icu";

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Event> Events => Set<Event>();

    /// <summary>Folds text the way search columns are folded (translated to SQL; never runs in .NET).</summary>
    public static string Fold(string text) => throw new InvalidOperationException("Only for use in LINQ to Entities queries.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent").HasPostgresExtension("pg_trgm");
        modelBuilder.HasDbFunction(typeof(AntqDbContext).GetMethod(nameof(Fold))!).HasName(SearchText.FoldFunction);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AntqDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe against reordering members.
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<UnitLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EventKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EventStatus>().HaveConversion<string>().HaveMaxLength(32);
    }
}
