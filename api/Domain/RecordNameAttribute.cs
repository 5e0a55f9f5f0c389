namespace Antq.Api.Domain;

/// <summary>What a person calls a kind of record, in Vietnamese and English ("sự kiện", "event"), for messages such as "not found".</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RecordNameAttribute(string vietnamese, string english) : Attribute
{
    public string Vietnamese { get; } = vietnamese;
    public string English { get; } = english;
}
