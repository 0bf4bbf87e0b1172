namespace UrbanCoop.Infrastructure.Http;

public enum OutcomeStatus { Ok, Created, NotFound, Invalid, Conflict }

/// <summary>
/// What a use case returns instead of throwing for expected cases. The API turns it into typed
/// results (<see cref="OutcomeHttp"/>), pages into ModelState (<see cref="OutcomePages"/>).
/// </summary>
public sealed record Outcome<T>
{
    public OutcomeStatus Status { get; private init; }
    public T? Value { get; private init; }
    /// <summary>Field name (as the request names it) to its messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = Empty;
    public string? Message { get; private init; }
    /// <summary>For conflicts: the records that stand in the way (what uses a record to be deleted).</summary>
    public IReadOnlyList<string> Details { get; private init; } = [];

    private static readonly Dictionary<string, string[]> Empty = [];

    public bool Succeeded => Status is OutcomeStatus.Ok or OutcomeStatus.Created;

    public static Outcome<T> Ok(T value) => new() { Status = OutcomeStatus.Ok, Value = value };
    public static Outcome<T> Created(T value) => new() { Status = OutcomeStatus.Created, Value = value };
    public static Outcome<T> NotFound(string message) => new() { Status = OutcomeStatus.NotFound, Message = message };
    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new() { Status = OutcomeStatus.Invalid, Errors = errors, Message = "One or more fields are invalid." };
    public static Outcome<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
    /// <summary>A conflict; <paramref name="current"/> is the stored state when the conflict is a stale edit.</summary>
    public static Outcome<T> Conflict(string message, T? current = default, IReadOnlyList<string>? details = null) =>
        new() { Status = OutcomeStatus.Conflict, Message = message, Value = current, Details = details ?? [] };
}

/// <summary>Collects field errors while a handler checks a request against the database.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public bool Any => errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
