namespace UrbanCoop.Features.People;

public static class PersonNames
{
    /// <summary>
    /// Chinese-order names keep the family name first, in capitals as English texts write them ("WU Wenneng");
    /// Chinese readers need no capitals to tell the family name ("Wu Wenneng").
    /// </summary>
    public static string Display(string givenName, string familyName, bool familyNameFirst) =>
        !familyNameFirst ? $"{givenName} {familyName}"
        : Languages.UiLanguages.IsChinese ? $"{familyName} {givenName}"
        : $"{familyName.ToUpperInvariant()} {givenName}";
}
