using Antq.Api.Common.Search;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ConfigureEntity();
        builder.Property(e => e.Title).HasMaxLength(300).UseCollation(AntqDbContext.VietnameseCollation);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.HasOne(e => e.HostUnit).WithMany().HasForeignKey(e => e.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.OrganizerUnit).WithMany().HasForeignKey(e => e.OrganizerUnitId).OnDelete(DeleteBehavior.Restrict);
        // A unit's events of a period (the dashboard, the lists by unit) are read by unit, then by start.
        builder.HasIndex(e => new { e.HostUnitId, e.StartsAt });
        builder.HasIndex(e => new { e.OrganizerUnitId, e.StartsAt });
        // The list's default order (newest first, then id) and any range of days.
        builder.HasIndex(e => new { e.StartsAt, e.Id }).IsDescending(true, false);
        builder.HasIndex(e => e.Status);

        // Services and the programme are values of the event, always read and replaced whole: jsonb columns.
        builder.ComplexCollection(e => e.Services, s =>
        {
            s.ToJson();
            s.Property(x => x.Kind).HasConversion<string>();
        });
        builder.ComplexCollection(e => e.Agenda, a => a.ToJson());

        builder.Property(e => e.SearchText).HasComputedColumnSql(SearchText.FoldSql("title", "venue"), stored: true);
        builder.HasIndex(e => e.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
