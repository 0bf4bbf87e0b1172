using System.Text.RegularExpressions;
using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Accounts;

/// <summary>Which kind of record a page or API path is about, from its first segment ("/places/3/edit", "/api/v1/places/3").</summary>
public static partial class RecordRoutes
{
    private static readonly Dictionary<string, RecordKind> BySegment = new(StringComparer.OrdinalIgnoreCase)
    {
        ["programmes"] = RecordKind.Programme, ["places"] = RecordKind.Place, ["partnerships"] = RecordKind.Partnership,
        ["clusters"] = RecordKind.Cluster, ["action-plans"] = RecordKind.ActionPlan, ["pilot-projects"] = RecordKind.PilotProject,
        ["activities"] = RecordKind.Activity, ["organisations"] = RecordKind.Organisation, ["people"] = RecordKind.Person,
        ["agreements"] = RecordKind.Agreement, ["documents"] = RecordKind.Document, ["articles"] = RecordKind.Article,
        ["brokerage-events"] = RecordKind.BrokerageEvent, ["calls"] = RecordKind.Call,
    };

    public static RecordKind? KindOf(string? path)
    {
        var match = PathPattern().Match(path ?? "");
        return match.Success && BySegment.TryGetValue(match.Groups[1].Value, out var kind) ? kind : null;
    }

    /// <summary>The record id in a path such as "/places/3" or a redirect to it.</summary>
    public static int? IdIn(string? path)
    {
        var match = PathPattern().Match(path ?? "");
        return match.Success && int.TryParse(match.Groups[2].Value, out var id) ? id : null;
    }

    [GeneratedRegex(@"^(?:/api/v1)?/([a-z-]+)(?:/(\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex PathPattern();
}
