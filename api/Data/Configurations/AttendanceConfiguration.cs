using Antq.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Antq.Api.Data.Configurations;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("attendances");
        builder.ConfigureEntity();
        // The list belongs to the event and goes with it; a person on a list is not deleted behind its back.
        builder.HasOne(a => a.Event).WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Participant).WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.EventId, a.ParticipantId }).IsUnique();
        builder.HasIndex(a => a.ParticipantId);
        builder.Property(a => a.Code).HasMaxLength(Attendance.CodeLength).IsFixedLength();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.CheckInId).IsUnique();
    }
}
