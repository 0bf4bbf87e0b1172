using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features.Matchmaking.Pairing;

public sealed class CallInput
{
    [Required, StringLength(200)] public string Title { get; set; } = "";
    public int ProgrammeId { get; set; }
    [Range(1, 10)] public int MaxPartners { get; set; } = 1;
    [Range(0, 100_000_000)] public long? MinPopulation { get; set; } = 100_000;
}

public sealed class ApplicationInput
{
    public int CallId { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<string> Challenges { get; set; } = [];
    [StringLength(4000)] public string? Profile { get; set; }
}

/// <summary>A programme opens a call; a city applies to it (again: its application is replaced).</summary>
public static class CallCommands
{
    public sealed record Created(int Id, string Title);
    // No "Id": under /places/{id} the write filter reads a response's Id as the place's.
    public sealed record Applied(int ApplicationId, int CallId, int PlaceId);

    public static async Task<Outcome<Created>> OpenAsync(AppDbContext db, CallInput input, CancellationToken ct)
    {
        var errors = InputValidation.Check(input);
        if (!await db.Programmes.AnyAsync(p => p.Id == input.ProgrammeId, ct))
            errors.Add(nameof(input.ProgrammeId), $"There is no programme {input.ProgrammeId}.");
        if (errors.Any) return Outcome<Created>.Invalid(errors.ToDictionary());
        var call = new Call { Title = input.Title.Trim(), ProgrammeId = input.ProgrammeId, MaxPartners = input.MaxPartners, MinPopulation = input.MinPopulation };
        db.Calls.Add(call);
        await db.SaveChangesAsync(ct);
        return Outcome<Created>.Created(new(call.Id, call.Title));
    }

    public static async Task<Outcome<Applied>> ApplyAsync(AppDbContext db, int placeId, ApplicationInput input, CancellationToken ct)
    {
        if (!await db.Places.AnyAsync(p => p.Id == placeId, ct)) return Outcome<Applied>.NotFound($"There is no place {placeId}.");
        var errors = InputValidation.Check(input);
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == input.CallId, ct);
        if (call is null) errors.Add(nameof(input.CallId), $"There is no call {input.CallId}.");
        else if (!call.Open) errors.Add(nameof(input.CallId), $"The call '{call.Title}' is closed.");
        var themes = InputValidation.CleanList(input.Themes);
        if (themes.Count == 0) errors.Add(nameof(input.Themes), "Name at least one theme the city works on.");
        if (errors.Any || call is null) return Outcome<Applied>.Invalid(errors.ToDictionary());

        var application = await db.CallApplications.FirstOrDefaultAsync(a => a.CallId == call.Id && a.PlaceId == placeId, ct);
        if (application is null) db.CallApplications.Add(application = new CallApplication { CallId = call.Id, PlaceId = placeId });
        application.Themes = themes;
        application.Challenges = InputValidation.CleanList(input.Challenges);
        application.Profile = string.IsNullOrWhiteSpace(input.Profile) ? null : input.Profile.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome<Applied>.Ok(new(application.Id, call.Id, placeId));
    }
}
