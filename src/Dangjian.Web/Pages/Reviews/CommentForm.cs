namespace Dangjian.Web.Pages.Reviews;

/// <summary>A reviewer's comment (点评) as typed: what was said, by whom, and an optional rectification deadline.</summary>
public sealed class CommentForm
{
    public string? Text { get; set; }
    public string? Reviewer { get; set; }
    public string? Deadline { get; set; }
}
