using Antq.Api.Common.Api;
using Antq.Api.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Common.Rules;

/// <summary>Rules for fields that refer to a participant (an event's list, a programme's speaker).</summary>
public static class ParticipantRules
{
    public static string NoSuchParticipant => Localized.Text("Không có người tham gia này.", "There is no such participant.");

    /// <summary>The id, when given, names an existing participant.</summary>
    public static IRuleBuilderOptions<T, Guid?> MustBeAnExistingParticipant<T>(this IRuleBuilder<T, Guid?> rule, AntqDbContext db) =>
        rule.MustAsync((id, ct) => id is null ? Task.FromResult(true) : db.Participants.AnyAsync(p => p.Id == id, ct))
            .WithMessage(_ => NoSuchParticipant);
}
