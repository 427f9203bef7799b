using System.Text.Json;
using System.Text.Json.Serialization;
using Dangjian.Core.Data;
using Dangjian.Core.Meetings;
using Dangjian.Core.Organizations;
using Dangjian.Core.OrgLife.Rules;
using Dangjian.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using CoreOrgLife = Dangjian.Core.OrgLife;

namespace Dangjian.Web.Meetings;

/// <summary>
/// /api/meetings for other systems that feed records once: the sign-in cookie authenticates; a POST must carry
/// <c>X-Requested-With: XMLHttpRequest</c> (a header a cross-site form cannot send, so no antiforgery token is needed).
/// Scope comes from the query filters: a foreign organization is 404. Errors are problem+json in Chinese.
/// </summary>
public static class MeetingsApi
{
    public const string CsrfHeader = "X-Requested-With";

    public static void Configure(JsonSerializerOptions o)
    {
        o.Converters.Add(new JsonStringEnumConverter());
        o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    public static void MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/meetings", ListAsync).RequireAuthorization(Policies.Business).WithDisplayName("HTTP: GET /api/meetings");
        app.MapPost("/api/meetings", CreateAsync).RequireAuthorization(Policies.EditMeetings).WithDisplayName("HTTP: POST /api/meetings");
    }

    /// <summary>The query is read as text and checked here, so a value that is not a number, date or kind gets a Chinese 400.</summary>
    private static async Task<IResult> ListAsync(AppDbContext db, string? organizationId, string? from, string? to, string? kind)
    {
        var problems = new Dictionary<string, string[]>();
        var parsed = (Org: ApiQuery.Int(organizationId, "organizationId", "党组织编号应为整数", problems),
            From: ApiQuery.Date(from, "from", problems), To: ApiQuery.Date(to, "to", problems), Kind: ApiQuery.Kind(kind, problems));
        if (problems.Count > 0)
        {
            return Results.ValidationProblem(problems, title: "查询条件有误");
        }

        return await QueryAsync(db, parsed.Org, parsed.From, parsed.To, parsed.Kind);
    }

    private static async Task<IResult> QueryAsync(AppDbContext db, int? organizationId, DateOnly? from, DateOnly? to, Core.Meetings.MeetingKind? kind)
    {
        var query = db.Meetings.AsNoTracking();
        if (organizationId is { } id)
        {
            var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
            if (org is null)
            {
                return Results.Problem(title: "找不到该党组织", statusCode: StatusCodes.Status404NotFound);
            }

            query = query.Where(m => m.Organization!.Path.StartsWith(org.Path));
        }

        if (from is { } f) query = query.Where(m => m.HeldOn >= f);
        if (to is { } t) query = query.Where(m => m.HeldOn <= t);
        if (kind is { } k) query = query.Where(m => m.Kind == k);
        var late = RuleSets.Default.LateAfterDays;
        var rows = await query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Take(1000)
            .Select(m => new MeetingRow(m.Id, m.OrganizationId, m.Organization!.Name, m.Kind, m.HeldOn, m.Topic, m.Place, m.ChairName,
                m.SpeakerName, m.MonthlyThemeId, m.EnteredByProxy, m.EnteredAtUtc, m.EnteredBy,
                m.Attendances.Count, m.Attendances.Count(a => a.Status == Core.Meetings.AttendanceStatus.Present)) { SpeakerUserId = m.SpeakerUserId })
            .ToListAsync();
        return Results.Ok(rows.Select(r => r with { EnteredLate = r.EnteredOn.DayNumber - r.HeldOn.DayNumber > late }));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, MeetingEntry entry, AppDbContext db, IOptions<JsonOptions> json)
    {
        if (http.Request.Headers[CsrfHeader] != "XMLHttpRequest")
        {
            return Results.Problem(title: "缺少请求头 X-Requested-With: XMLHttpRequest", statusCode: StatusCodes.Status400BadRequest,
                detail: "为防止跨站请求伪造，写入接口必须带此请求头。");
        }

        MeetingDraft? draft;
        try
        {
            draft = await http.Request.ReadFromJsonAsync<MeetingDraft>(json.Value.SerializerOptions, http.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Results.Problem(title: "请求内容不是有效的会议记录 JSON", statusCode: StatusCodes.Status400BadRequest,
                detail: e is JsonException { Path: { } path } ? $"无法读取 {path} 处的内容，请检查 JSON 格式和字段类型。" : "请检查 JSON 格式和 Content-Type: application/json。");
        }

        if (draft is null)
        {
            return Results.Problem(title: "请求内容为空", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await entry.CreateAsync(draft, http.User.OrganizationId(), http.User.Name(), http.RequestAborted);
        if (result.NotFound)
        {
            return Results.Problem(title: "找不到该党组织", statusCode: StatusCodes.Status404NotFound);
        }

        if (result.Id is not { } id)
        {
            return Results.ValidationProblem(result.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
                title: "会议记录有误，未保存");
        }

        var saved = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Id, m.OrganizationId, m.Kind, m.HeldOn, m.EnteredByProxy, m.MonthlyThemeId, m.SpeakerName, m.SpeakerUserId, Due = m.Attendances.Count })
            .SingleAsync(http.RequestAborted);
        return Results.Created($"/Meetings/Details/{id}", saved);
    }
}

public sealed record MeetingRow(
    int Id, int OrganizationId, string OrganizationName, Core.Meetings.MeetingKind Kind, DateOnly HeldOn, string Topic, string? Place,
    string? ChairName, string? SpeakerName, int? MonthlyThemeId, bool EnteredByProxy, DateTime EnteredAtUtc, string? EnteredBy, int Due, int Present)
{
    public bool EnteredLate { get; init; }

    /// <summary>The speaker's account when a township leader gave it (the relation the leaders' indicators count by).</summary>
    public int? SpeakerUserId { get; init; }

    [JsonIgnore]
    public DateOnly EnteredOn => EnteredAtUtc.BeijingDate();
}
