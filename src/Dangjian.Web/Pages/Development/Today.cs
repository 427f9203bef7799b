namespace Dangjian.Web.Pages.Development;

public static class Today
{
    public static DateOnly From(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
