using Antq.Api.Common.Search;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ConfigureEntity();
        builder.Property(p => p.FullName).HasMaxLength(300).UseCollation(AntqDbContext.VietnameseCollation);
        builder.Property(p => p.Rank).HasMaxLength(100);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UnitId);
        // The list's default order (name, then id): a page is read from the index, not sorted from the whole table.
        builder.HasIndex(p => new { p.FullName, p.Id });
        builder.Property(p => p.SearchText).HasComputedColumnSql(SearchText.FoldSql("full_name", "antq_join(positions)"), stored: true);
        builder.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
