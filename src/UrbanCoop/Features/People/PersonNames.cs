namespace UrbanCoop.Features.People;

public static class PersonNames
{
    /// <summary>Chinese-order names keep the family name first, in capitals as programmes write them ("WU Wenneng").</summary>
    public static string Display(string givenName, string familyName, bool familyNameFirst) =>
        familyNameFirst ? $"{familyName.ToUpperInvariant()} {givenName}" : $"{givenName} {familyName}";
}
