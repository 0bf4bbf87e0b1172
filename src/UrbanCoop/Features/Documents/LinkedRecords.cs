using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Features.People;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Documents;

/// <summary>The records a document can link to: their names, their pages, and links typed as lines ("Activity 12").</summary>
public static partial class LinkedRecords
{
    public static string Url(RecordKind kind, int id) => $"/{Slug(kind)}/{id}";

    private static string Slug(RecordKind kind) => kind switch
    {
        RecordKind.Programme => "programmes",
        RecordKind.Place => "places",
        RecordKind.Partnership => "partnerships",
        RecordKind.ActionPlan => "action-plans",
        RecordKind.PilotProject => "pilot-projects",
        RecordKind.Activity => "activities",
        RecordKind.Organisation => "organisations",
        RecordKind.Person => "people",
        RecordKind.Agreement => "agreements",
        RecordKind.Cluster => "clusters",
        RecordKind.Document => "documents",
        RecordKind.Article => "articles",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The names of the records of one kind that exist among <paramref name="ids"/>.</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(AppDbContext db, RecordKind kind, List<int> ids, CancellationToken ct) => kind switch
    {
        RecordKind.Programme => await db.Programmes.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        RecordKind.Place => await db.Places.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        RecordKind.Partnership => await db.Partnerships.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        RecordKind.ActionPlan => await db.ActionPlans.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Title, ct),
        RecordKind.PilotProject => await db.PilotProjects.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Title, ct),
        RecordKind.Activity => await db.Activities.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Title, ct),
        RecordKind.Organisation => await db.Organisations.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct),
        RecordKind.Person => (await db.People.Where(x => ids.Contains(x.Id)).Select(x => new { x.Id, x.GivenName, x.FamilyName, x.FamilyNameFirst }).ToListAsync(ct))
            .ToDictionary(x => x.Id, x => PersonNames.Display(x.GivenName, x.FamilyName, x.FamilyNameFirst)),
        RecordKind.Agreement => await db.Agreements.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Title, ct),
        _ => [],
    };

    /// <summary>Reads "Activity 12", "pilot project 3" or "Person 7 WU Wenneng" (a name after the id is ignored).</summary>
    public static bool TryParse(string line, out LinkInput link)
    {
        link = null!;
        var match = LinkLine().Match(line);
        if (!match.Success || !int.TryParse(match.Groups["id"].Value, out var id)) return false;
        var kind = match.Groups["kind"].Value.Replace(" ", "").Replace("-", "");
        if (!Enum.TryParse<RecordKind>(kind, ignoreCase: true, out var recordKind)) return false;
        link = new LinkInput(recordKind, id);
        return true;
    }

    public static string Line(LinkInput link, string? name) => name is null ? link.ToString() : $"{link} {name}";

    [GeneratedRegex(@"^\s*(?<kind>[A-Za-z][A-Za-z -]*?)\s*#?(?<id>\d{1,9})(?!\d)")]
    private static partial Regex LinkLine();

    /// <summary>Lines typed into the form, as links; unreadable lines are returned as they were typed.</summary>
    public static (List<LinkInput> Links, List<string> Unreadable) ParseLines(string? text)
    {
        var links = new List<LinkInput>();
        var unreadable = new List<string>();
        foreach (var line in FormLists.Lines(text))
        {
            if (TryParse(line, out var link)) links.Add(link);
            else unreadable.Add(line);
        }
        return (links, unreadable);
    }

    /// <summary>The links as form lines, each with the linked record's name.</summary>
    public static async Task<string> LinesAsync(AppDbContext db, IReadOnlyList<LinkInput> links, CancellationToken ct)
    {
        var names = new Dictionary<LinkInput, string>();
        foreach (var group in links.GroupBy(l => l.RecordKind).Where(g => Enum.IsDefined(g.Key)))
            foreach (var (id, name) in await NamesAsync(db, group.Key, [.. group.Select(l => l.RecordId)], ct))
                names[new LinkInput(group.Key, id)] = name;
        return string.Join("\n", links.Select(l => Line(l, names.GetValueOrDefault(l))));
    }
}
