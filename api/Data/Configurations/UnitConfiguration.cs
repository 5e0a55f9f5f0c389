using Antq.Api.Common.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ConfigureEntity();
        // Vietnamese collation: "Đà Nẵng" sorts after "Dương", and case does not split the list.
        builder.Property(u => u.Name).HasMaxLength(300).UseCollation(AntqDbContext.VietnameseCollation);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.ParentId);
        builder.Property(u => u.SearchText).HasComputedColumnSql(SearchText.FoldSql("name"), stored: true);
        builder.HasIndex(u => u.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
