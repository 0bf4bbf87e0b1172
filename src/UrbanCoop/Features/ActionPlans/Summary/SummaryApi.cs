using UrbanCoop.Features.Languages;
using UrbanCoop.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace UrbanCoop.Features.ActionPlans.Summary;

/// <summary>The action plan at a glance as <c>/action-plans/{id}/summary.docx</c> and <c>…/summary.pdf</c>.</summary>
public static class SummaryApi
{
    public static void MapPlanSummaryFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/action-plans/{id:int}/summary.docx", async (int id, AppDbContext db, IStringLocalizer<Resources.Ui> t, CancellationToken ct) =>
        {
            var outcome = await GetPlanSummary.HandleAsync(db, id, ct);
            if (!outcome.Succeeded) return Results.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found");
            var bytes = SummaryDocx.Write(outcome.Value!, label => t[label], t["Partner side"], t["EU side"]);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"action-plan-{id}-at-a-glance.docx");
        }).WithTags("Action plans");
        app.MapGet("/action-plans/{id:int}/summary.pdf", async (int id, HttpContext http, AppDbContext db, CancellationToken ct) =>
        {
            if (!await db.ActionPlans.AnyAsync(p => p.Id == id, ct))
                return Results.Problem($"There is no action plan {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
            // Chromium reads the page from this server, over the address the request came in on.
            var language = UiLanguages.IsChinese ? UiLanguages.Chinese : UiLanguages.English;
            var page = $"{http.Request.Scheme}://{http.Request.Host}/action-plans/{id}/summary?lang={language}";
            var pdf = await SummaryPdf.PrintAsync(page, UiLanguages.IsChinese ? "zh-CN" : "en", ct);
            return Results.File(pdf, "application/pdf", $"action-plan-{id}-at-a-glance.pdf");
        }).WithTags("Action plans");
    }
}
