namespace Antq.Api.Domain;

/// <summary>An entity whose SearchText column holds its searchable text, folded by the database for accent-insensitive search.</summary>
public interface ISearchable
{
    string SearchText { get; }
}
