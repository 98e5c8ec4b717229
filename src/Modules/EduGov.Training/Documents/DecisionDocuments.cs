using System.Globalization;
using EduGov.Platform.Audit;
using EduGov.Platform.Localization;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Training.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EduGov.Training.Documents;

/// <summary>A decision written as a 公文 (.docx), ready to download.</summary>
public sealed record DecisionFile(string FileName, byte[] Content)
{
    public const string ContentType = EduGov.Platform.Exporting.OfficialDocument.ContentType;
}

/// <summary>The series of 文号 the training module issues, one yearly sequence each.</summary>
public enum DocumentSeries
{
    /// <summary>准予 and 不予行政许可决定书: 许.</summary>
    Licensing = 1,

    /// <summary>责令整改通知书: 改.</summary>
    Rectification = 2,

    /// <summary>异议处理决定书: 异.</summary>
    Objection = 3,

    /// <summary>信用修复决定书: 修.</summary>
    Repair = 4,
}

/// <summary>
/// What every decision document of the module shares: the issuing authority (the bureau's name from the registry, as the
/// bulletins and admission letters take it), the 文号, the legal-remedy notice, and the audit record of each download.
/// </summary>
/// <remarks>
/// 文号 = 机关代字 + series + 〔year〕 + N + 号, e.g. 浦教民许〔2026〕3号. The 机关代字 is the setting <c>Training:DocumentCode</c>;
/// without it, <see cref="DefaultCode"/>. N is not stored: it is the decision's
/// place, by the instant it was taken, among the decisions of the same series and year. Decisions are never undone or
/// back-dated (the instant comes from the clock), so the number of a decision never changes once it is taken.
/// </remarks>
internal sealed class DecisionDocuments(IRegistryDirectory registry, AuditLog audit, IServiceProvider services)
{
    public const string CodeSetting = "Training:DocumentCode";
    private const string FallbackAuthority = "区教育局";

    /// <summary>Every part that prints decisions registers the shared service; the first registration wins.</summary>
    public static void Register(IServiceCollection services) => services.TryAddScoped<DecisionDocuments>();

    public async Task<string> AuthorityAsync(CancellationToken ct) =>
        (await registry.BureauAsync(ct))?.Name.Trim() is { Length: > 0 } name ? name : FallbackAuthority;

    public string Number(string authority, DocumentSeries series, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Code(authority)}{SeriesMark(series)}〔{year}〕{sequence}号");

    /// <summary>The position (from 1) of <paramref name="id"/> among the year's decisions of one series, ordered by the instant taken.</summary>
    public static int Sequence(IEnumerable<(Guid Id, DateTime At)> decisions, Guid id)
    {
        var ordered = decisions.OrderBy(d => d.At).ThenBy(d => d.Id).Select(d => d.Id).ToList();
        var index = ordered.IndexOf(id);
        return index < 0 ? throw new InvalidOperationException("The decision is not among its year's decisions.") : index + 1;
    }

    /// <summary>The UTC instants bounding a calendar year in China time, to select a year's decisions by their instant.</summary>
    public static (DateTime From, DateTime To) YearInUtc(int year) =>
        (TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), ChinaTime.Zone),
         TimeZoneInfo.ConvertTimeToUtc(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), ChinaTime.Zone));

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToLocal(utc));

    /// <summary>An officer's text as a sentence of the document: trimmed, ending with a full stop.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && "。！？；".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : $"{trimmed}。";
    }

    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>
    /// 告知救济权利. The shared rules hold no wording of their own, so this is the standard formula: 行政许可法 第三十八条第二款
    /// requires a refusal to tell the applicant of the right to 行政复议 or 行政诉讼; 行政复议法 (2023) 第二十条 gives 60 days and
    /// its 第二十四条 makes the district's people's government the review body for its departments; 行政诉讼法 第四十六条 gives six months.
    /// </summary>
    public static string Remedy(string authority) =>
        $"如不服本决定，可以自收到本决定书之日起六十日内向{ReviewBody(authority)}申请行政复议，也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";

    /// <summary>The people's government of the bureau's district: 浦东新区教育局 → 浦东新区人民政府.</summary>
    public static string ReviewBody(string authority) =>
        authority.EndsWith("教育局", StringComparison.Ordinal) && authority.Length > 3 ? $"{authority[..^3]}人民政府" : "本级人民政府";

    public async Task<DecisionFile> RecordAsync(DecisionFile file, string entityType, Guid entityId, string what, CurrentUser user, CancellationToken ct)
    {
        await audit.RecordAsync(AuditActions.Export, TrainingDbContext.Module, entityType, entityId.ToString(), $"下载{what}（Word）：{file.FileName}", user, ct);
        return file;
    }

    private string Code(string authority)
    {
        var configured = services.GetService<IConfiguration>()?[CodeSetting]?.Trim();
        return configured is { Length: > 0 } ? configured : DefaultCode(authority);
    }

    /// <summary>
    /// The 机关代字 when none is configured: the first character of the district's own name + 教民, the province or city before
    /// it left out (上海市浦东新区教育局 → 浦教民, 某某县教育局 → 某教民).
    /// </summary>
    public static string DefaultCode(string authority)
    {
        var region = authority.EndsWith("教育局", StringComparison.Ordinal) && authority.Length > 3 ? authority[..^3] : authority;
        var cut = region[..^1].LastIndexOfAny(['省', '市']);
        return $"{region[(cut + 1)..][..1]}教民";
    }

    private static string SeriesMark(DocumentSeries series) => series switch
    {
        DocumentSeries.Licensing => "许",
        DocumentSeries.Rectification => "改",
        DocumentSeries.Objection => "异",
        DocumentSeries.Repair => "修",
        _ => throw new ArgumentOutOfRangeException(nameof(series)),
    };
}
