using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Accounts;

/// <summary>For reads that are private to a record's editors (an organisation's meeting requests): the write rule, applied to a GET.</summary>
public sealed class EditorsOnlyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var path = http.Request.Path.Value;
        if (RecordRoutes.KindOf(path) is not RecordKind kind || RecordRoutes.IdIn(path) is not int id)
            return TypedResults.Problem("This is not a record's address.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        return await http.RequestServices.GetRequiredService<WriteAccess>().BeforeAsync(http.User, kind, id, $"read {path}", http.RequestAborted) switch
        {
            WriteVerdict.SignInRequired => TypedResults.Problem("Sign in to see this.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"),
            WriteVerdict.Forbidden => TypedResults.Problem($"Only the editors of this {kind} see this.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
            _ => await next(context),
        };
    }
}
