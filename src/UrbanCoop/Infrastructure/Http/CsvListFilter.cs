using System.Reflection;
using System.Text;
using UrbanCoop.Infrastructure.Csv;

namespace UrbanCoop.Infrastructure.Http;

/// <summary>
/// <c>?format=csv</c> on any API list: the same handler, filters and sort, read page after page and written as one
/// RFC 4180 file as it is read (constant memory). <c>format=json</c> (the default) leaves the answer as it is.
/// </summary>
public sealed class CsvListFilter : IEndpointFilter
{
    public const string Parameter = "format";
    private const int PageSize = Paging.MaxPageSize;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var format = context.HttpContext.Request.Query[Parameter].ToString();
        if (format is "" or "json" || !HttpMethods.IsGet(context.HttpContext.Request.Method)) return await next(context);
        if (format != "csv")
            return Invalid($"Unknown format '{format}'. Use json or csv.");
        var query = context.Arguments.FirstOrDefault(a => a is not null && PagingProperty(a, "Page") is not null);
        if (query is null) return Invalid("format=csv applies to lists, such as /api/v1/activities?format=csv.");

        SetPage(query, 1);
        var first = await next(context);
        if (first is not IValueHttpResult { Value: { } value } || !IsPaged(value)) return first;
        return new CsvListResult(value, async page =>
        {
            SetPage(query, page);
            return await next(context) is IValueHttpResult { Value: { } more } ? more : null;
        });
    }

    private static IResult Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Parameter] = [message] }, message, title: "Invalid request");

    private static PropertyInfo? PagingProperty(object query, string name) =>
        query.GetType().GetProperty(name) is { PropertyType: var t, CanWrite: true } p && t == typeof(int) ? p : null;

    /// <summary>Query records are bound fresh for each request, so their init-only paging fields are set in place.</summary>
    private static void SetPage(object query, int page)
    {
        PagingProperty(query, "Page")!.SetValue(query, page);
        PagingProperty(query, "PageSize")?.SetValue(query, PageSize);
    }

    private static bool IsPaged(object value) => value.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Paged<>);

    private sealed class CsvListResult(object firstPage, Func<int, Task<object?>> readPage) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var itemType = firstPage.GetType().GetGenericArguments()[0];
            var columns = CsvColumns.For(itemType);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"" + Path.GetFileName(http.Request.Path.Value?.TrimEnd('/')) + ".csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 1 << 16);
            CsvRecords.Write(writer, columns.Names);
            var page = firstPage;
            for (var number = 1; page is not null; number++)
            {
                var items = (System.Collections.IEnumerable)page.GetType().GetProperty(nameof(Paged<int>.Items))!.GetValue(page)!;
                var count = 0;
                foreach (var item in items)
                {
                    CsvRecords.Write(writer, columns.Texts(item!));
                    count++;
                }
                await writer.FlushAsync(http.RequestAborted);
                if (count < PageSize) break;
                page = await readPage(number + 1);
            }
        }
    }
}
