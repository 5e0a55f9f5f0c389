using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>What a reader sees first: a description for every tag, and each operation's responses in status order.</summary>
internal sealed class DocumentOverview : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["API keys"] = "Keys for integrators (admin only): issued with read or write scope, optionally limited to units; the secret is shown once.",
        ["Audit"] = "Who did what and when: every command, whether it succeeded, was refused or failed (admin only).",
        ["Auth"] = "Sign-in with email and password, token refresh, and the signed-in user. There is no self-registration.",
        ["Awards"] = "Certificates of merit, commendations and emulation titles, from proposal to presentation or revocation.",
        ["Events"] = "The movement's festival and other events: schedule, venue, services, programme and status.",
        ["Initiatives"] = "Security initiatives (models, topics, campaigns) with their indicators and measurements.",
        ["Participants"] = "People, collectives and households who take part in the movement. Phone and email only for writers.",
        ["Attendance"] = "Who is on an event's list (guests, speakers, organizers, attendees, volunteers), who came, and check-in at the gate by code or name, safe to resend from an offline device.",
        ["Statistics"] = "Figures for a unit and year: events, participants, check-ins, initiatives and awards.",
        ["Units"] = "The tree of wards, authorities, police, committees and residential groups that hold events.",
        ["Users"] = "Accounts (admin only): roles, units, and lifting a lockout.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var used = document.Paths.Values
            .SelectMany(item => item.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = TagDescriptions.GetValueOrDefault(name),
        }));

        foreach (var operation in document.Paths.Values.SelectMany(item => item.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Responses is not { Count: > 1 } responses)
                continue;
            var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var entry in ordered)
                responses[entry.Key] = entry.Value;
        }
    }
}
