using Antq.Api.Common.Search;
using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ConfigureEntity();
        builder.Property(a => a.DecisionNumber).HasMaxLength(100);
        builder.Property(a => a.Citation).HasMaxLength(1000);
        builder.Property(a => a.Notes).HasMaxLength(4000);
        builder.Property(a => a.RevocationDecisionNumber).HasMaxLength(100);
        builder.Property(a => a.RevocationReason).HasMaxLength(2000);
        builder.Ignore(a => a.Year);
        // A unit, a person or an event with awards is not deleted behind the records' back.
        builder.HasOne(a => a.IssuerUnit).WithMany().HasForeignKey(a => a.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Recipient).WithMany().HasForeignKey(a => a.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.PresentedBy).WithMany().HasForeignKey(a => a.PresentedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Event).WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Initiative).WithMany().HasForeignKey(a => a.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.IssuerUnitId);
        builder.HasIndex(a => a.InitiativeId);
        builder.HasIndex(a => a.RecipientId);
        builder.HasIndex(a => a.EventId);
        builder.HasIndex(a => a.PresentedById);
        builder.HasIndex(a => a.DecisionDate);
        builder.Property(a => a.SearchText).HasComputedColumnSql(SearchText.FoldSql("citation", "decision_number", "notes"), stored: true);
        builder.HasIndex(a => a.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
