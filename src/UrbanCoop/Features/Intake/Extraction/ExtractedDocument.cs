using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UrbanCoop.Features.Intake.Extraction;

/// <summary>The records one document yields, in the shape ../shared/intake/CONTRACT.md fixes.</summary>
public sealed record ExtractedDocument
{
    public required string File { get; init; }
    public string? Error { get; init; }
    public string? Kind { get; init; }
    public string? Title { get; init; }
    public List<ExtractedPlace>? Places { get; init; }
    public List<ExtractedPerson>? People { get; init; }
    public List<ExtractedOrganisation>? Organisations { get; init; }
    public List<ExtractedEvent>? Events { get; init; }
    public List<ExtractedPartnership>? Partnerships { get; init; }
    public List<ExtractedAgreement>? Agreements { get; init; }
    public List<string>? Themes { get; init; }
    public List<int>? Sdgs { get; init; }
    public List<string>? UrbanAgendaPartnerships { get; init; }
    public List<ExtractedWarning>? Warnings { get; init; }

    public static ExtractedDocument Failed(string file, string error) => new() { File = file, Error = error };
}

public sealed record ExtractedPlace(string Name, string Kind, string? Country, string? Parent)
{
    public long? Population { get; set; }
    public double? AreaKm2 { get; set; }
    /// <summary>Character offset of the first mention, so imported records keep their position.</summary>
    [JsonIgnore] public int Position { get; init; }
}

public sealed record ExtractedPerson(string Name, string? Honorific, string? Position, string? Organisation);

public sealed record ExtractedOrganisation(string Name, string Kind, string? Place);

public sealed record ExtractedEvent(string Title, string Kind, string Start, string? End, List<string> Places, bool Online, int? Participants);

public sealed record ExtractedPartnership(List<string> Places, string Since);

public sealed record ExtractedAgreement(string Kind, int? Count);

public sealed record ExtractedWarning(string Field, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ExtractedDocument>))]
internal sealed partial class ExtractionJson : JsonSerializerContext
{
    /// <summary>Keeps accents and Chinese readable in the output instead of \u escapes.</summary>
    public static readonly ExtractionJson Readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
