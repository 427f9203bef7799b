using Dangjian.Core.Imports;
using Shouldly;

namespace Dangjian.Core.Tests.Imports;

/// <summary>The ledgers' and rosters' date reading, with the shortcut for 1985-03-12 giving what the pattern gives; full-width digits read as ASCII.</summary>
public class SheetDateTests
{
    [Theory]
    [InlineData("1985-03-12", "1985-03-12")]
    [InlineData("1900-01-01", "1900-01-01")]
    [InlineData("2099-12-31", "2099-12-31")]
    [InlineData("1899-12-31", null)]
    [InlineData("2100-01-01", null)]
    [InlineData("1985-02-29", null)]
    [InlineData("1984-02-29", "1984-02-29")]
    [InlineData("1985-13-01", null)]
    [InlineData(" 1985-03-12 ", "1985-03-12")]
    [InlineData("1985-3-12", "1985-03-12")]
    [InlineData("1985/3/12", "1985-03-12")]
    [InlineData("1985年3月", "1985-03-01")]
    [InlineData("1985年3月12日", "1985-03-12")]
    [InlineData("19850312", "1985-03-12")]
    [InlineData("31048", "1985-01-01")]
    [InlineData("１９８５-03-12", "1985-03-12")]
    [InlineData("1985-03-1２", "1985-03-12")]
    [InlineData("1985年３月１２日", "1985-03-12")]
    [InlineData("١٩٨٥-٠٣-١٢", null)]
    [InlineData("1985-03-1٢", null)]
    public void Dates_read_as_ledgers_write_them(string text, string? expected)
    {
        (SheetDate.Parse(text)?.ToString("yyyy-MM-dd")).ShouldBe(expected);
        if (SheetDate.Iso(text) is { } iso)
        {
            var m = SheetDate.Pattern().Match(text.Trim());
            m.Success.ShouldBeTrue();
            iso.ShouldBe(new DateOnly(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)));
        }
    }
}
