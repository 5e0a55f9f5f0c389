using Antq.Api.Common.Search;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.ConfigureEntity();
        builder.Property(i => i.Name).HasMaxLength(300).UseCollation(AntqDbContext.VietnameseCollation);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.HasOne(i => i.LeadUnit).WithMany().HasForeignKey(i => i.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.LeadUnitId);
        builder.HasIndex(i => i.Status);
        // Partners, indicators and event links belong to the initiative and go with it.
        builder.HasMany(i => i.Partners).WithOne().HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Indicators).WithOne().HasForeignKey(i => i.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.SearchText).HasComputedColumnSql(SearchText.FoldSql("name", "description"), stored: true);
        builder.HasIndex(i => i.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class InitiativePartnerConfiguration : IEntityTypeConfiguration<InitiativePartner>
{
    public void Configure(EntityTypeBuilder<InitiativePartner> builder)
    {
        builder.ToTable("initiative_partners");
        builder.HasKey(p => new { p.InitiativeId, p.UnitId });
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UnitId);
    }
}

internal sealed class InitiativeEventConfiguration : IEntityTypeConfiguration<InitiativeEvent>
{
    public void Configure(EntityTypeBuilder<InitiativeEvent> builder)
    {
        builder.ToTable("initiative_events");
        builder.HasKey(e => new { e.InitiativeId, e.EventId });
        // The link goes with either side: deleting an event forgets where the initiative was presented.
        builder.HasOne(e => e.Event).WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.EventId);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(50);
        builder.Property(i => i.Target).HasPrecision(18, 4);
        builder.Property(i => i.Baseline).HasPrecision(18, 4);
        builder.HasIndex(i => i.InitiativeId);
        builder.HasOne(i => i.Latest).WithOne().HasForeignKey<IndicatorProgress>(p => p.IndicatorId);
        builder.HasMany<Measurement>().WithOne().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorProgressConfiguration : IEntityTypeConfiguration<IndicatorProgress>
{
    public void Configure(EntityTypeBuilder<IndicatorProgress> builder)
    {
        // A view (created in the Initiatives migration) over indicators and measurements: read, never written.
        builder.ToView("indicator_progress");
        builder.HasKey(p => p.IndicatorId);
        builder.Property(p => p.LatestValue).HasPrecision(18, 4);
        builder.Property(p => p.Progress).HasPrecision(18, 4);
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.ToTable("measurements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.Property(m => m.Note).HasMaxLength(1000);
        // One value per indicator and day; the newest-first history and the latest value read this index.
        builder.HasIndex(m => new { m.IndicatorId, m.MeasuredOn }).IsUnique().IsDescending(false, true);
    }
}
