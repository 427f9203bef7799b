namespace Dangjian.Core.Data;

/// <summary>A record an organization owns, found again by id and by organization (the dated ledgers, <c>Imports/Ledgers/DatedLedger</c>).</summary>
public interface IOrganizationRecord
{
    int Id { get; }

    int OrganizationId { get; }
}
