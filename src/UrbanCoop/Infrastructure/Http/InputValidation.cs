using System.ComponentModel.DataAnnotations;

namespace UrbanCoop.Infrastructure.Http;

/// <summary>
/// Checks a request's data annotations inside the handler, so that the API, the pages and the CLI
/// reject the same input with the same messages.
/// </summary>
public static class InputValidation
{
    public static FieldErrors Check(object input)
    {
        var errors = new FieldErrors();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var result in results)
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
                errors.Add(member, result.ErrorMessage ?? "Invalid value.");
        return errors;
    }

    public static bool IsTimeZone(string? id) => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>Trims entries, drops blanks and duplicates (case-insensitively), keeps order.</summary>
    public static List<string> CleanList(IEnumerable<string>? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
