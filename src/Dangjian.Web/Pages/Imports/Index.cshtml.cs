using Dangjian.Core.Data;
using Dangjian.Core.Imports.Ledgers;
using Dangjian.Core.Time;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dangjian.Web.Pages.Imports;

/// <summary>The ledgers the user may import and export, and the import batches in scope, each undoable as a whole.</summary>
public class IndexModel(AppDbContext db, LedgerImport imports, LedgerExport export, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed record BatchRow(int Id, string Ledger, string Organization, string FileName, DateTime ImportedAtUtc, string ImportedBy,
        int RowCount, int CreatedCount, int ExistingCount, DateTime? UndoneAtUtc, string? UndoneBy, bool MayUndo);

    public IReadOnlyList<ILedger> Ledgers { get; private set; } = [];
    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];
    public int Year { get; private set; }

    [BindProperty]
    public int Batch { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public string? UndoProblem { get; private set; }
    public int? UndoneBatch { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetExportAsync(string? kind, int? year)
    {
        var ledger = imports.Find(kind);
        if (ledger is null)
        {
            return NotFound();
        }

        if (!await authorization.MayAsync(User, ledger))
        {
            return Forbid();
        }

        var today = clock.Today();
        if (year is not { } y || y < 2000 || y > today.Year)
        {
            await LoadAsync();
            UndoProblem = $"请选择2000年至{today.Year}年之间的年份。";
            return Page();
        }

        var scope = await imports.ScopeAsync(User.OrganizationId(), User.Name(), HttpContext.RequestAborted);
        if (scope is null)
        {
            return NotFound();
        }

        var bytes = await export.ExportAsync(ledger, scope, y, HttpContext.RequestAborted);
        return File(bytes, LedgerFiles.Xlsx, $"{scope.Root.ShortName ?? scope.Root.Name}{y}年{ledger.Title}.xlsx");
    }

    public async Task<IActionResult> OnPostUndoAsync()
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == Batch);
        var ledger = imports.Find(batch?.Ledger);
        if (batch is null || ledger is null || !await authorization.MayAsync(User, ledger))
        {
            return NotFound();
        }

        var result = await imports.UndoAsync(batch.Id, Confirm, User.Name(), HttpContext.RequestAborted);
        UndoProblem = result.Errors.Values.FirstOrDefault();
        UndoneBatch = result.Id;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Year = clock.Today().Year;
        Ledgers = await authorization.AllowedAsync(User, imports.Ledgers);
        var titles = imports.Ledgers.ToDictionary(l => l.Code, l => l.Title);
        var allowed = Ledgers.Select(l => l.Code).ToList();
        var rows = await db.ImportBatches.AsNoTracking()
            .OrderByDescending(b => b.ImportedAtUtc).ThenByDescending(b => b.Id).Take(100)
            .Select(b => new { b.Id, b.Ledger, Org = b.Organization!.Name, b.FileName, b.ImportedAtUtc, b.ImportedBy, b.RowCount, b.CreatedCount, b.ExistingCount, b.UndoneAtUtc, b.UndoneBy })
            .ToListAsync();
        Batches = [.. rows.Select(b => new BatchRow(b.Id, titles.GetValueOrDefault(b.Ledger, b.Ledger), b.Org, b.FileName, b.ImportedAtUtc, b.ImportedBy,
            b.RowCount, b.CreatedCount, b.ExistingCount, b.UndoneAtUtc, b.UndoneBy, b.UndoneAtUtc is null && allowed.Contains(b.Ledger)))];
    }
}
