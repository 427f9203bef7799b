using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Dangjian.Web.Infrastructure;

/// <summary>
/// A piece of a page rendered once and written as is afterwards, kept beside the cached data it shows (ADR 0023): the
/// markup depends on nothing else, so two requests racing to render it write the same text.
/// </summary>
public sealed class RenderedOnce
{
    private volatile HtmlString? html;

    /// <param name="encoder">the app's encoder (from DI: it leaves Chinese as is), which the page writes with too.</param>
    public async Task<IHtmlContent> GetAsync(Func<Task<IHtmlContent>> render, HtmlEncoder encoder)
    {
        if (html is { } kept)
        {
            return kept;
        }

        await using var writer = new StringWriter();
        (await render()).WriteTo(writer, encoder);
        return html = new HtmlString(writer.ToString());
    }
}
