using System.Globalization;
using Dangjian.Core.Time;

namespace Dangjian.Web.Infrastructure;

/// <summary>How pages show a stored instant (UTC): in Beijing time, one format everywhere (<c>@Model.At.Beijing()</c>).</summary>
public static class TimeDisplay
{
    public const string Minutes = "yyyy-MM-dd HH:mm";
    public const string Seconds = "yyyy-MM-dd HH:mm:ss";
    public const string Day = "yyyy-MM-dd";

    public static string Beijing(this DateTime utc, string format = Minutes) =>
        utc.ToBeijing().ToString(format, CultureInfo.InvariantCulture);

    public static string Beijing(this DateTime? utc, string format = Minutes) => utc is { } at ? at.Beijing(format) : "";
}
