namespace Dangjian.Core.WorkRecords;

/// <summary>The limits of a work record, shared by the entry form and the ledger import so the two cannot disagree.</summary>
public static class WorkRecordRules
{
    public const int TitleMax = 200;
    public const double QuantityMin = 0.01;
    public const double QuantityMax = 1_000_000;
    public const int ParticipantsMax = 1_000_000;
    public const int LedByMax = 40;
    public const int PlaceMax = 100;
    public const int NotesMax = 4000;
}
