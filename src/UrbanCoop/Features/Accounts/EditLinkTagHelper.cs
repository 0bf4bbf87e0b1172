using Microsoft.AspNetCore.Razor.TagHelpers;
using UrbanCoop.Features.Documents;

namespace UrbanCoop.Features.Accounts;

/// <summary>
/// <c>&lt;a edit-link href="/places/3/edit"&gt;</c>: the link is left out for users who may not do what
/// it opens, so pages offer only what the account can do (the page itself still checks).
/// </summary>
[HtmlTargetElement("a", Attributes = "edit-link")]
public sealed class EditLinkTagHelper(WriteAccess access, IHttpContextAccessor http) : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("edit-link");
        var href = output.Attributes["href"]?.Value?.ToString();
        var request = http.HttpContext!;
        if (RecordRoutes.KindOf(href) is not RecordKind kind || !await access.MayAsync(request.User, kind, RecordRoutes.IdIn(href), request.RequestAborted))
            output.SuppressOutput();
    }
}
