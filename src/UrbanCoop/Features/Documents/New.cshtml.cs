using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UrbanCoop.Infrastructure.Database;
using UrbanCoop.Infrastructure.Http;
using UrbanCoop.Infrastructure.Web;

namespace UrbanCoop.Features.Documents;

/// <summary>
/// Creates a document, with an optional file. The form is read by hand (antiforgery included) so that an upload
/// whose declared length is already over the limit is refused before its body is read.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class NewModel(AppDbContext db, IAntiforgery antiforgery) : PageModel, IDocumentForm
{
    // Room for the other fields and the multipart boundaries around the file.
    private const long FormAllowance = 2 * 1024 * 1024;

    public DocumentInput Input { get; set; } = new();
    public string? LinksText { get; set; }

    /// <summary>With <paramref name="kind"/> and <paramref name="id"/>, the new document starts linked to that record.</summary>
    public void OnGet(RecordKind? kind, int? id)
    {
        if (kind is RecordKind recordKind && id is int recordId) LinksText = new LinkInput(recordKind, recordId).ToString();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Request.ContentLength > DocumentUpload.MaxBytes + FormAllowance) return TooLarge();
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = DocumentUpload.MaxBytes + FormAllowance;
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();

        await TryUpdateModelAsync(Input, nameof(Input));
        LinksText = form[nameof(LinksText)];
        var (links, unreadable) = LinkedRecords.ParseLines(LinksText);
        Input.Links = links;
        var file = form.Files.GetFile("Upload");
        if (file?.Length > DocumentUpload.MaxBytes) return TooLarge();

        var outcome = unreadable.Count > 0
            ? Outcome<CreateDocument.Created>.Invalid(nameof(DocumentInput.Links), $"Write each link as a kind of record and its id, e.g. Activity 12 (not '{unreadable[0]}').")
            : await CreateDocument.HandleAsync(db, Input, file is null ? null : await DocumentUpload.ReadAsync(file, ct), ct);
        if (outcome.Succeeded) return Redirect($"/documents/{outcome.Value!.Id}");
        outcome.AddTo(ModelState);
        if (outcome.Errors.TryGetValue("Upload", out var uploadErrors))
            foreach (var message in uploadErrors) ModelState.AddModelError("Upload", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private PageResult TooLarge()
    {
        ModelState.AddModelError("Upload", DocumentUpload.TooLargeMessage);
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }
}
