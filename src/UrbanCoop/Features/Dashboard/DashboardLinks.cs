using Microsoft.AspNetCore.WebUtilities;
using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;

namespace UrbanCoop.Features.Dashboard;

/// <summary>The list page (with its own filters) that shows the records behind each figure of the dashboard.</summary>
internal sealed class DashboardLinks(GetDashboard.Query filter)
{
    public string Activities(string? theme = null, int? sdg = null, string? country = null, int? year = null, ActivityKind? kind = null)
    {
        var from = filter.From;
        var to = filter.To;
        if (year is int y)
        {
            from = Later(from, new DateOnly(y, 1, 1));
            to = Earlier(to, new DateOnly(y, 12, 31));
        }
        return Link("/activities", new()
        {
            ["programme"] = filter.Programme?.ToString(), ["theme"] = theme ?? filter.Theme, ["sdg"] = (sdg ?? filter.Sdg)?.ToString(),
            ["country"] = country ?? filter.Country, ["from"] = Iso(from), ["to"] = Iso(to), ["kind"] = kind?.ToString(),
        });
    }

    public string ActivitiesInCountries(IEnumerable<string> countries)
    {
        var list = countries.ToList();
        return list.Count == 1 ? Activities(country: list[0]) : Link("/activities", new()
        {
            ["programme"] = filter.Programme?.ToString(), ["theme"] = filter.Theme, ["sdg"] = filter.Sdg?.ToString(),
            ["country"] = string.Join(',', list), ["from"] = Iso(filter.From), ["to"] = Iso(filter.To),
        });
    }

    public string Partnerships() => Link("/partnerships", new()
    {
        ["programme"] = filter.Programme?.ToString(), ["theme"] = filter.Theme, ["sdg"] = filter.Sdg?.ToString(), ["country"] = filter.Country,
    });

    public string PilotProjects() => Link("/pilot-projects", new()
    {
        ["programme"] = filter.Programme?.ToString(), ["theme"] = filter.Theme, ["sdg"] = filter.Sdg?.ToString(), ["country"] = filter.Country,
    });

    public string Agreements() => Link("/agreements", new()
    {
        ["theme"] = filter.Theme, ["country"] = filter.Country, ["from"] = Iso(filter.From), ["to"] = Iso(filter.To),
    });

    public string Places() => Link("/places", new() { ["programme"] = filter.Programme?.ToString(), ["country"] = filter.Country });

    public string Organisations(OrganisationKind? kind = null) =>
        Link("/organisations", new() { ["kind"] = kind?.ToString(), ["country"] = filter.Country });

    private static string Link(string path, Dictionary<string, string?> query) =>
        QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value)));

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd");
    private static DateOnly Later(DateOnly? a, DateOnly b) => a is DateOnly x && x > b ? x : b;
    private static DateOnly Earlier(DateOnly? a, DateOnly b) => a is DateOnly x && x < b ? x : b;
}
