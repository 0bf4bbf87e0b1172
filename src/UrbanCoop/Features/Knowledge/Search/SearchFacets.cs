using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Knowledge.Search;

/// <summary>The facet names and the kind values the API accepts (kebab case, as in the record routes).</summary>
public static class SearchFacets
{
    public const string Kind = "kind", Theme = "theme", Sdg = "sdg", Country = "country", Programme = "programme", Year = "year";
    public static readonly IReadOnlyList<string> All = [Kind, Theme, Sdg, Country, Programme, Year];

    public static readonly IReadOnlyList<RecordKind> Kinds =
    [
        RecordKind.Programme, RecordKind.Place, RecordKind.Partnership, RecordKind.ActionPlan, RecordKind.PilotProject,
        RecordKind.Activity, RecordKind.Organisation, RecordKind.Person, RecordKind.Agreement, RecordKind.Document, RecordKind.Article,
    ];

    public static string KindValue(RecordKind kind) => kind switch
    {
        RecordKind.ActionPlan => "action-plan",
        RecordKind.PilotProject => "pilot-project",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static RecordKind? KindFrom(string value) => Kinds.Cast<RecordKind?>().FirstOrDefault(k => KindValue(k!.Value) == value.Trim().ToLowerInvariant());
}
