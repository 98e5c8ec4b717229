using System.Globalization;
using EduGov.Inspection.Data;
using EduGov.Inspection.Domain;
using EduGov.Inspection.Issues;
using EduGov.Metrics.BalancedDevelopment;
using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Inspection.Balanced;

/// <summary>
/// 列入问题清单: puts each unmet indicator of a school stage that fails the standard on the school's issue list, as a serious
/// item citing the 2017 method and the indicator's standard. An indicator that already has an item not yet closed out
/// (same <see cref="Issue.Reference"/>) is not listed again.
/// </summary>
public static class OpenBalancedIssues
{
    public sealed record Command(int Year, Guid SchoolId, SchoolStage Stage);

    /// <param name="Opened">Indicators put on the list now.</param>
    /// <param name="AlreadyListed">Unmet indicators skipped because an open item already covers them.</param>
    public sealed record Result(IReadOnlyList<BalancedIndicator> Opened, IReadOnlyList<BalancedIndicator> AlreadyListed);

    internal sealed class Handler(EvaluateBalanced.Handler evaluate, OpenIssue.Handler open, IDbContextFactory<InspectionDbContext> contexts, CurrentUserAccessor users)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            users.User.Demand(InspectionPermissions.Manage);
            var district = await evaluate.EvaluateAsync(command.Year, ct);
            var row = district.Schools.FirstOrDefault(r => r.SchoolId == command.SchoolId && r.Stage == command.Stage)
                ?? throw new NotFoundException($"该校{command.Stage.ChineseName()}学段没有 {command.Year} 年度的评估结果（缺少办学条件数据或没有在读学生）。");
            if (row.MeetsStandard)
            {
                throw new ConflictException($"该校{command.Stage.ChineseName()}学段已达到优质均衡学校标准，无需列入问题清单。");
            }

            var shortfalls = row.Shortfalls.ToDictionary(s => BalancedSchools.Reference(command.Year, command.Stage, s.Indicator), StringComparer.Ordinal);
            var listed = await OpenReferencesAsync(command.SchoolId, [.. shortfalls.Keys], ct);
            var toOpen = shortfalls.Where(s => !listed.Contains(s.Key)).ToList();
            if (toOpen.Count > 0)
            {
                await open.HandleAsync([.. toOpen.Select(s => Issue(command, district.Policy, s.Value, s.Key))], ct);
            }

            return new Result([.. toOpen.Select(s => s.Value.Indicator)], [.. shortfalls.Where(s => listed.Contains(s.Key)).Select(s => s.Value.Indicator)]);
        }

        private async Task<HashSet<string>> OpenReferencesAsync(Guid schoolId, List<string> references, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var open = await db.Issues.Where(i => i.SchoolId == schoolId && i.Status != IssueStatus.ClosedOut && i.Reference != null && references.Contains(i.Reference))
                .Select(i => i.Reference!).ToListAsync(ct);
            return open.ToHashSet(StringComparer.Ordinal);
        }
    }

    internal static NewIssue Issue(Command command, BalancedDevelopmentPolicy policy, EvaluateBalanced.IndicatorCell shortfall, string reference)
    {
        var indicator = shortfall.Indicator;
        var unit = BalancedSchools.Unit(indicator);
        var perHundred = unit is "人" or "间" ? "每百名学生 " : "";
        var stage = command.Stage.ChineseName();
        var share = shortfall.Threshold == 0 ? 0 : shortfall.Value / shortfall.Threshold * 100;
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{command.Year} 年度优质均衡评估（{stage}）：“{indicator.ChineseName()}”为{perHundred}{BalancedSchools.Format(indicator, shortfall.Value)} {unit}，未达到标准 {shortfall.Threshold:0.##} {unit}（为标准的 {share:0.0}%）。");
        var rule = string.Create(CultureInfo.InvariantCulture,
            $"{policy.Source}：{stage}“{indicator.ChineseName()}”不低于{perHundred}{shortfall.Threshold:0.##} {unit}");
        return new NewIssue(command.SchoolId, IssueSource.BalancedDevelopment, BalancedSchools.ItemOf(indicator), description, IssueSeverity.Serious, rule, Reference: reference);
    }
}
