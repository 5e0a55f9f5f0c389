using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Prefix).HasMaxLength(32);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.PrimitiveCollection(k => k.Scopes).ElementType(e => e.HasConversion<string>());
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.ActorName).HasMaxLength(256);
        builder.Property(a => a.Command).HasMaxLength(100);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.RecordId);
        builder.HasIndex(a => a.ActorId);
    }
}
