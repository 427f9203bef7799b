using Dangjian.Core.Organizations;
using Shouldly;

namespace Dangjian.Core.Tests.Organizations;

/// <summary>The subtree range answers as a prefix match does for tree paths (digits and '/', all below '~').</summary>
public sealed class SubtreeTests
{
    [Theory]
    [InlineData("/1/", "/1/", true)]
    [InlineData("/1/", "/1/2/", true)]
    [InlineData("/1/", "/1/23/45/", true)]
    [InlineData("/1/", "/10/", false)]
    [InlineData("/1/", "/12/3/", false)]
    [InlineData("/1/", "/2/", false)]
    [InlineData("/1/", "/", false)]
    [InlineData("/1/5/", "/1/52/", false)]
    [InlineData("/1/5/", "/1/5/9/", true)]
    public void A_path_is_in_the_range_exactly_when_it_starts_with_the_prefix(string prefix, string path, bool inside) =>
        Subtree.Contains(prefix, path).ShouldBe(inside);

    [Fact]
    public void The_range_ends_at_the_prefix_followed_by_a_tilde() =>
        Subtree.End("/1/5/").ShouldBe("/1/5/~");
}
