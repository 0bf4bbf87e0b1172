using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Partnerships;

/// <summary>What the shared partnership form needs from the New and Edit pages.</summary>
public interface IPartnershipForm
{
    PartnershipInput Input { get; }
    /// <summary>Member place ids typed one per line, per side.</summary>
    string? EuPlaceIds { get; }
    string? PartnerPlaceIds { get; }
    PartnershipChoices Choices { get; }
}

internal static class PartnershipForm
{
    public static string Lines(PartnershipInput input, MemberSide side) =>
        string.Join("\n", input.Members.Where(m => m.Side == side).Select(m => m.PlaceId));

    /// <summary>Reads the two id lists into members; lines that are not ids come back as messages.</summary>
    public static List<string> ReadMembers(PartnershipInput input, string? euPlaceIds, string? partnerPlaceIds)
    {
        var problems = new List<string>();
        input.Members = [.. Read(euPlaceIds, MemberSide.Eu, problems), .. Read(partnerPlaceIds, MemberSide.Partner, problems)];
        return problems;
    }

    private static IEnumerable<MemberInput> Read(string? text, MemberSide side, List<string> problems)
    {
        foreach (var line in FormLists.Lines(text))
        {
            if (int.TryParse(line, out var id) && id > 0) yield return new MemberInput(id, side);
            else problems.Add($"'{line}' is not a place id; give one number per line.");
        }
    }
}
