using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Antq.Api.Common.Api;
using Antq.Api.Common.Json;
using Antq.Api.Common.Security;
using Antq.Api.Data;
using Antq.Api.Domain;
using Antq.Api.Features.Events;
using FluentValidation;
using Mediator;

namespace Antq.Api.Features.Attendances;

/// <summary>Changes a participant's role or status on an event's list.</summary>
[AuditRecord(AuditRecordType.Event)]
[AcceptsRepresentation(typeof(AttendanceResponse))]
public sealed record UpdateAttendanceCommand : ICommand<AttendanceResponse>, IVersionedCommand
{
    /// <summary>The event (from the route).</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid ParticipantId { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    /// <example>speaker</example>
    [Required]
    [FieldLabel("Vai trò", "Role")]
    public AttendanceRole? Role { get; init; }

    /// <summary>checkedIn counts as a check-in now (refused once the event is completed or cancelled); any other status clears the check-in.</summary>
    /// <example>registered</example>
    [Required]
    [FieldLabel("Trạng thái", "Status")]
    public AttendanceStatus? Status { get; init; }
}

public sealed class UpdateAttendanceValidator : AbstractValidator<UpdateAttendanceCommand>
{
    public UpdateAttendanceValidator()
    {
        RuleFor(x => x.Role).NotNull().IsInEnum();
        RuleFor(x => x.Status).NotNull().IsInEnum();
    }
}

public sealed class UpdateAttendanceScope(AntqDbContext db) : IUnitScope<UpdateAttendanceCommand>
{
    public ValueTask<IReadOnlyCollection<Guid>?> UnitsAsync(UpdateAttendanceCommand command, CancellationToken ct) =>
        EventScope.HostUnitsAsync(db, command.Id, null, ct);
}

public sealed class UpdateAttendanceHandler(AntqDbContext db, ISender sender, TimeProvider time) : ICommandHandler<UpdateAttendanceCommand, AttendanceResponse>
{
    public async ValueTask<AttendanceResponse> Handle(UpdateAttendanceCommand command, CancellationToken cancellationToken)
    {
        var attendance = await db.FindAttendanceForWriteAsync(command.Id, command.ParticipantId, command.ExpectedVersion, cancellationToken);
        attendance.Change(attendance.Event!, command.Role!.Value, command.Status!.Value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetAttendanceQuery(command.Id, command.ParticipantId), cancellationToken);
    }
}
