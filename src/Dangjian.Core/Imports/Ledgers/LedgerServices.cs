using Dangjian.Core.Accountability.Ledger;
using Dangjian.Core.Building.Ledger;
using Dangjian.Core.Cadres.Ledger;
using Dangjian.Core.Commitments.Ledger;
using Dangjian.Core.Guidance.Ledger;
using Dangjian.Core.Honours.Ledger;
using Dangjian.Core.Inspections.Ledger;
using Dangjian.Core.OrgLife.Ledger;
using Dangjian.Core.Rectification.Ledger;
using Dangjian.Core.Statistics.Ledger;
using Dangjian.Core.WorkRecords.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Dangjian.Core.Imports.Ledgers;

/// <summary>
/// Every ledger that can be imported and exported, in the order the import page lists them. Scoped where a ledger
/// writes audit entries of its own (it needs the request's actor), singleton otherwise.
/// </summary>
public static class LedgerServices
{
    public static IServiceCollection AddLedgers(this IServiceCollection services)
    {
        services.AddScoped<ILedger, MeetingLedger>();
        services.AddSingleton<ILedger, WorkRecordLedger>();
        services.AddSingleton<ILedger, InspectionLedger>();
        services.AddSingleton<ILedger, RectificationLedger>();
        services.AddSingleton<ILedger, TalkLedger>();
        services.AddSingleton<ILedger, AccountabilityLedger>();
        services.AddSingleton<ILedger, HonorRollLedger>();
        services.AddSingleton<ILedger, CommitmentLedger>();
        services.AddSingleton<ILedger, ServiceLedger>();
        services.AddSingleton<ILedger, IncomeLedger>();
        services.AddSingleton<ILedger, HonourLedger>();
        services.AddSingleton<ILedger, AssignmentLedger>();
        services.AddSingleton<ILedger, ContactPointLedger>();
        services.AddSingleton<ILedger, ProjectLedger>();
        services.AddScoped<ILedger, StatisticLedger>();
        services.AddScoped<LedgerImport>();
        return services;
    }
}
