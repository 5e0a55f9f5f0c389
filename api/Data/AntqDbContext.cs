using Antq.Api.Common.Search;
using Antq.Api.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Data;

/// <summary>The primary's context: every command, and the reads that must see a write at once.</summary>
public class AntqDbContext : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    public AntqDbContext(DbContextOptions<AntqDbContext> options) : base(options)
    {
    }

    /// <summary>For <see cref="AntqReadDbContext"/>, which has options of its own (and so can be pooled on its own).</summary>
    protected AntqDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>ICU's Vietnamese collation, shipped with PostgreSQL builds that have ICU (Debian's and the official image).</summary>
    public const string VietnameseCollation = "vi-VN-x-icu";

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    /// <summary>The keys that sign bearer and refresh tokens, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Folds text the way search columns are folded (translated to SQL; never runs in .NET).</summary>
    public static string Fold(string text) => throw new InvalidOperationException("Only for use in LINQ to Entities queries.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent").HasPostgresExtension("pg_trgm");
        builder.HasDbFunction(typeof(AntqDbContext).GetMethod(nameof(Fold))!).HasName(SearchText.FoldFunction);
        builder.ApplyConfigurationsFromAssembly(typeof(AntqDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe against reordering members.
        configurationBuilder.Properties<UnitKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<UnitLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EventKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<EventStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ParticipantKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AttendanceRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AttendanceStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AwardForm>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AwardStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<InitiativeKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<InitiativeCategory>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<InitiativeStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<IndicatorDirection>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ActorKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AuditOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AuditRecordType>().HaveConversion<string>().HaveMaxLength(32);
    }
}
