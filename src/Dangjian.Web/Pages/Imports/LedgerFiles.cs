namespace Dangjian.Web.Pages.Imports;

public static class LedgerFiles
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
