using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Accounts;

/// <summary>Guards every API change (POST, PUT, DELETE under /api/v1) with <see cref="WriteAccess"/>.</summary>
public sealed class ApiWriteFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return await next(context);
        if (RecordRoutes.KindOf(http.Request.Path.Value) is not RecordKind kind)
            return TypedResults.Problem("This change is not allowed.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

        var access = http.RequestServices.GetRequiredService<WriteAccess>();
        var id = RecordRoutes.IdIn(http.Request.Path.Value);
        switch (await access.BeforeAsync(http.User, kind, id, http.Request.Method, http.RequestAborted))
        {
            case WriteVerdict.SignInRequired:
                return TypedResults.Problem("Sign in, or send an API token as 'Authorization: Bearer …', to change records.",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
            case WriteVerdict.Forbidden:
                return TypedResults.Problem($"Your account may not change this {kind}.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        var deleting = HttpMethods.IsDelete(http.Request.Method);
        var (result, kept) = await access.RunAsync(http.User, kind, async () => await next(context),
            r => Succeeded(r) && !deleting ? CreatedId(r) ?? id : null, http.RequestAborted);
        return kept ? result
            : TypedResults.Problem($"The {kind} would end up outside the places your account looks after; nothing was saved.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
    }

    private static bool Succeeded(object? result) => result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 };

    // A create answers with the new record, whose Id names what the change left behind.
    private static int? CreatedId(object? result) =>
        result is IValueHttpResult { Value: { } value } ? value.GetType().GetProperty("Id")?.GetValue(value) as int? : null;
}
