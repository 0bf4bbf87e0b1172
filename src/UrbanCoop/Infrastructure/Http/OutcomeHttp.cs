namespace UrbanCoop.Infrastructure.Http;

/// <summary>Turns outcomes into RFC 9457 problem+json for the API.</summary>
public static class OutcomeHttp
{
    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, string>? location = null) => outcome.Status switch
    {
        OutcomeStatus.Ok => TypedResults.Ok(outcome.Value),
        OutcomeStatus.Created => TypedResults.Created(location?.Invoke(outcome.Value!), outcome.Value),
        OutcomeStatus.NotFound => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        OutcomeStatus.Invalid => TypedResults.ValidationProblem(outcome.Errors, outcome.Message, title: "Invalid request"),
        _ => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            extensions: new Dictionary<string, object?> { ["current"] = outcome.Value, ["usedBy"] = outcome.Details }),
    };
}
