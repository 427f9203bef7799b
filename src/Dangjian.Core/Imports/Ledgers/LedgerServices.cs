using Dangjian.Core.Loop.Accountability.Ledger;
using Dangjian.Core.Loop.HonorRoll.Ledger;
using Dangjian.Core.Loop.Talks.Ledger;
using Dangjian.Core.Building.Ledger;
using Dangjian.Core.Cadres.Assignments.Ledger;
using Dangjian.Core.Loop.Commitments.Ledger;
using Dangjian.Core.Loop.Service.Ledger;
using Dangjian.Core.Building.Projects.Ledger;
using Dangjian.Core.Loop.Contacts.Ledger;
using Dangjian.Core.Building.Honours.Ledger;
using Dangjian.Core.Loop.Inspections.Ledger;
using Dangjian.Core.Meetings.Ledger;
using Dangjian.Core.Loop.Rectification.Ledger;
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
