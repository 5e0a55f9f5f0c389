namespace Antq.Api.Domain;

/// <summary>An aggregate root: identity, an optimistic-concurrency version (the ETag) and audit times.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Bumped by every change, including changes to owned rows, so the ETag moves with the representation.</summary>
    public int Version { get; private set; } = 1;

    public DateTimeOffset CreatedAt { get; private set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; private set; } = DateTimeOffset.UtcNow;

    protected void Touch()
    {
        Version++;
        UpdatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Text is stored in Unicode NFC so that search and uniqueness do not depend on how a keyboard composed the marks.</summary>
    protected static string Clean(string text) => text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    protected static string? CleanOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Clean(text);
}
