using System.Text.Encodings.Web;
using System.Text.Json;
using Dangjian.Core.Account;
using Dangjian.Core.Admin.Roles;

namespace Dangjian.Core.Admin.Accounts;

/// <summary>Audit details of bulk account steps: readable JSON (Chinese kept as written). Never holds a password.</summary>
public static class BulkAudit
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Details(object value) => JsonSerializer.Serialize(value, Options);
}
