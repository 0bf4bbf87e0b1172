using System.Net;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace UrbanCoop.Tests.Infrastructure;

public static partial class Expect
{
    /// <summary>Asserts a status code and, when it differs, shows the errors and text the page or API gave back.</summary>
    public static async Task StatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync();
        var errors = string.Join(" | ", ErrorPattern().Matches(body).Select(m => m.Groups[1].Value));
        throw new XunitException($"Expected {(int)expected} {expected} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode} {response.StatusCode}. Errors: {errors}. Body: {body[..Math.Min(body.Length, 1500)]}");
    }

    [GeneratedRegex("class=\"[^\"]*(?:field-validation-error|validation-summary-errors|notice danger)[^\"]*\"[^>]*>(.*?)</", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();
}
