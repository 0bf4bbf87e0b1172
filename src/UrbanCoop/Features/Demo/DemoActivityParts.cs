using UrbanCoop.Features.Activities;
using UrbanCoop.Features.Organisations;
using UrbanCoop.Features.People;
using UrbanCoop.Features.Places;

namespace UrbanCoop.Features.Demo;

/// <summary>Short builders for the links of an activity, so the activity lists read like an agenda.</summary>
internal static class DemoActivityParts
{
    public static List<ActivityPlace> At(params Place[] places) => [.. places.Select(place => new ActivityPlace { Place = place })];

    public static List<ActivityOrganiser> OrganisedBy(params Organisation[] organisations) =>
        [.. organisations.Select(organisation => new ActivityOrganiser { Organisation = organisation })];

    public static Participant Speaker(Person person, Organisation? forOrganisation = null) =>
        new() { Person = person, Organisation = forOrganisation, Role = "Speaker" };

    public static Participant Taking(Organisation organisation, string role) => new() { Organisation = organisation, Role = role };

    public static IEnumerable<Participant> Taking(string role, params Organisation[] organisations) =>
        organisations.Select(organisation => Taking(organisation, role));

    public static AgendaItem Item(string title, string? speaker = null) => new() { Title = title, Speaker = speaker };

    public static Outcome Decision(string text) => new() { Kind = OutcomeKind.Decision, Text = text };
    public static Outcome NextStep(string text) => new() { Kind = OutcomeKind.NextStep, Text = text };
    public static Outcome Study(string text) => new() { Kind = OutcomeKind.Study, Text = text };
    public static Outcome Note(string text) => new() { Kind = OutcomeKind.Note, Text = text };
}
