using System.ComponentModel.DataAnnotations;

namespace Dangjian.Core.Time;

public static class ValidationClock
{
    /// <summary>
    /// Today in Beijing while a form validates itself: the application's clock from the request services that model
    /// validation passes in; the machine's clock only when validated outside a request.
    /// </summary>
    public static DateOnly Today(this ValidationContext context) =>
        (context.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System).Today();
}
