using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Accounts;

/// <summary>
/// Guards the record pages that change things: every POST, and opening a new, edit or delete page.
/// Anonymous visitors are sent to sign in; others without the right get a 403 page.
/// </summary>
public sealed class PageWriteFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var path = http.Request.Path;
        var opensEditor = path.Value is { } p && (p.EndsWith("/new") || p.EndsWith("/edit") || p.EndsWith("/delete"));
        if (RecordRoutes.KindOf(path.Value) is not RecordKind kind || !(opensEditor || HttpMethods.IsPost(http.Request.Method)))
        {
            await next();
            return;
        }

        var access = http.RequestServices.GetRequiredService<WriteAccess>();
        var id = RecordRoutes.IdIn(path.Value);
        switch (await access.BeforeAsync(http.User, kind, id, $"{http.Request.Method} {path}", http.RequestAborted))
        {
            case WriteVerdict.SignInRequired:
                context.Result = new ChallengeResult();
                return;
            case WriteVerdict.Forbidden:
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
        }
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            await next();
            return;
        }

        var (executed, kept) = await access.RunAsync(http.User, kind, async () => await next(),
            e => e.Result is RedirectResult redirect && RecordRoutes.KindOf(redirect.Url) == kind ? RecordRoutes.IdIn(redirect.Url) : null,
            http.RequestAborted);
        if (!kept) executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
