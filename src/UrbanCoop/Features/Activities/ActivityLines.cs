using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Activities;

/// <summary>
/// The activity form's lists, typed one entry per line. Records are given by id, optionally followed by a name
/// ("12 Liuzhou"); participants as "person; organisation; role"; agenda items as "09:30 | title | speaker";
/// outcomes as "Next step: text".
/// </summary>
public sealed partial class ActivityLines
{
    public string? Places { get; set; }
    public string? Organisers { get; set; }
    public string? Participants { get; set; }
    public string? Agenda { get; set; }
    public string? Outcomes { get; set; }

    /// <summary>Fills <paramref name="input"/>'s lists; lines that cannot be read become errors under the list's name.</summary>
    public FieldErrors ApplyTo(ActivityInput input)
    {
        var errors = new FieldErrors();
        input.PlaceIds = Ids(Places, nameof(ActivityInput.PlaceIds), "place", errors);
        input.OrganiserIds = Ids(Organisers, nameof(ActivityInput.OrganiserIds), "organisation", errors);
        input.Participants = [];
        foreach (var line in FormLists.Lines(Participants))
        {
            var parts = line.Split(';', 3, StringSplitOptions.TrimEntries);
            int? person = null, organisation = null;
            if (parts.Length < 2 || !TryOptionalId(parts[0], out person) || !TryOptionalId(parts[1], out organisation))
                errors.Add(nameof(ActivityInput.Participants), $"'{line}': write person id; organisation id; role (either id may be blank).");
            else input.Participants.Add(new(person, organisation, parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null));
        }
        input.Agenda = [.. FormLists.Lines(Agenda).Select(ReadAgendaItem)];
        input.Outcomes = [.. FormLists.Lines(Outcomes).Select(ReadOutcome)];
        return errors;
    }

    /// <summary>The lines for an input, with the names of the records its ids point at.</summary>
    public static async Task<ActivityLines> FromAsync(AppDbContext db, ActivityInput input, CancellationToken ct)
    {
        var organisationIds = input.OrganiserIds.Concat(input.Participants.Select(p => p.OrganisationId ?? 0)).Distinct().ToList();
        var personIds = input.Participants.Select(p => p.PersonId ?? 0).Distinct().ToList();
        var places = await db.Places.Where(p => input.PlaceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var people = (await db.People.Where(p => personIds.Contains(p.Id)).ToListAsync(ct)).ToDictionary(p => p.Id, p => p.DisplayName);
        return new()
        {
            Places = string.Join("\n", input.PlaceIds.Select(id => Named(id, places))),
            Organisers = string.Join("\n", input.OrganiserIds.Select(id => Named(id, organisations))),
            Participants = string.Join("\n", input.Participants.Select(p =>
                $"{Named(p.PersonId, people)}; {Named(p.OrganisationId, organisations)}; {p.Role}".TrimEnd(' ', ';'))),
            Agenda = string.Join("\n", input.Agenda),
            Outcomes = string.Join("\n", input.Outcomes),
        };
    }

    private static string Named(int? id, Dictionary<int, string> names) =>
        id is int key ? (names.TryGetValue(key, out var name) ? $"{key} {name}" : key.ToString()) : "";

    private static List<int> Ids(string? text, string field, string what, FieldErrors errors)
    {
        var ids = new List<int>();
        foreach (var line in FormLists.Lines(text))
        {
            if (TryOptionalId(line, out var id) && id is int value) ids.Add(value);
            else errors.Add(field, $"'{line}' does not start with a {what} id.");
        }
        return ids;
    }

    private static bool TryOptionalId(string text, out int? id)
    {
        id = null;
        if (text.Length == 0) return true;
        var match = LeadingId().Match(text);
        if (match.Success && int.TryParse(match.Groups[1].Value, out var value)) id = value;
        return id is not null;
    }

    private static AgendaLine ReadAgendaItem(string line)
    {
        var parts = line.Split('|', StringSplitOptions.TrimEntries).ToList();
        TimeOnly? at = null;
        if (parts.Count > 1 && TimeOnly.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var time))
        {
            at = time;
            parts.RemoveAt(0);
        }
        var speaker = string.Join(" | ", parts.Skip(1)).Trim();
        return new(at, parts[0], speaker.Length > 0 ? speaker : null);
    }

    private static OutcomeLine ReadOutcome(string line)
    {
        var colon = line.IndexOf(':');
        var label = colon > 0 ? line[..colon].Replace(" ", "") : "";
        return label.All(char.IsLetter) && Enum.TryParse<OutcomeKind>(label, ignoreCase: true, out var kind)
            ? new(kind, line[(colon + 1)..].Trim())
            : new(OutcomeKind.Note, line);
    }

    [GeneratedRegex(@"^#?(\d{1,9})(?!\d)")]
    private static partial Regex LeadingId();
}
