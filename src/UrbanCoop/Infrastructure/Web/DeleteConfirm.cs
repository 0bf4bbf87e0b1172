namespace UrbanCoop.Infrastructure.Web;

/// <summary>What the shared delete-confirmation partial shows: the record, what still uses it, where to go back.</summary>
public sealed record DeleteConfirm(string Name, IReadOnlyList<string> UsedBy, string BackUrl);
