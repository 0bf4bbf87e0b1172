using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Http;

namespace UrbanCoop.Features;

/// <summary>Error page for people; problem+json for API callers.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public string? TraceId { get; private set; }

    public IActionResult OnGet(int? status) => Respond(status);
    public IActionResult OnPost(int? status) => Respond(status);

    private IActionResult Respond(int? status)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var failed = exception?.Path;
        if (exception?.Error is BadHttpRequestException unreadable) return Unreadable(unreadable);
        // Opened directly, /error is not a page of its own.
        Status = status ?? (failed is null && reExecuted is null ? StatusCodes.Status404NotFound : StatusCodes.Status500InternalServerError);
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var path = reExecuted ?? failed ?? "";
        if (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            return new ObjectResult(new ProblemDetails
            {
                Status = Status,
                Title = Status switch { 404 => "Not found", 403 => "Forbidden", 401 => "Unauthorized", _ => "Error" },
                Detail = Status == 404 ? $"There is no API route {path}." : null,
            }) { StatusCode = Status, ContentTypes = { "application/problem+json" } };
        Response.StatusCode = Status;
        return Page();
    }

    private IActionResult Unreadable(BadHttpRequestException e)
    {
        var (detail, errors) = BadRequestBodies.Describe(e);
        return new ObjectResult(new ValidationProblemDetails(errors) { Status = e.StatusCode, Title = "Invalid request", Detail = detail })
            { StatusCode = e.StatusCode, ContentTypes = { "application/problem+json" } };
    }
}
