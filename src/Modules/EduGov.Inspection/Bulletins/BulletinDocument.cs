using EduGov.Inspection.Domain;
using EduGov.Platform.Exporting;
using static EduGov.Inspection.Bulletins.BulletinFormat;

namespace EduGov.Inspection.Bulletins;

/// <summary>The bulletin as a 公文 of the bureau's 教育督导室: 基本情况, 发现的主要问题, 整改情况, 下一步工作要求, and the table per zone or school.</summary>
internal static class BulletinDocument
{
    private const int NamesListed = 5;

    public static string Authority(string bureauName) => string.IsNullOrWhiteSpace(bureauName) ? "教育督导室" : $"{bureauName.Trim()}教育督导室";

    public static byte[] Compose(ComposeBulletin.Bulletin b, string bureauName, DateOnly today)
    {
        var authority = Authority(bureauName);
        var document = OfficialDocument.Create(new OfficialDocumentHeader(authority, $"{(b.Query.Period == BulletinPeriod.Month ? "督月通" : "督季通")}〔{b.Query.Year}〕{b.Query.Number}号", b.Title, Addressee(b)))
            .Paragraph($"根据《中小学校责任督学挂牌督导办法》（国教督办〔2013〕2号）和督导工作安排，现将{b.PeriodName}{ScopePhrase(b)}责任督学挂牌督导工作情况通报如下。");
        Overview(document.Heading1("基本情况"), b);
        Findings(document.Heading1("发现的主要问题"), b);
        Rectification(document.Heading1("整改情况"), b);
        NextSteps(document.Heading1("下一步工作要求"), b);
        document.Signature(authority, today);
        Annex(document, b);
        return document.ToBytes();
    }

    private static string ScopePhrase(ComposeBulletin.Bulletin b) => b.Query.Scope == BulletinScope.Bureau ? "全区" : b.ScopeName;

    private static string Addressee(ComposeBulletin.Bulletin b) => b.Query.Scope switch
    {
        BulletinScope.Bureau => "各学区、各学校",
        BulletinScope.Zone => $"{b.ScopeName}各学校",
        _ => b.ScopeName,
    };

    private static void Overview(OfficialDocument document, ComposeBulletin.Bulletin b)
    {
        var f = b.Figures;
        var plan = f.Planned == 0
            ? "本期未安排计划督导"
            : $"计划到校督导{f.Planned}校次，已完成{f.PlannedDone}校次，计划完成率{Percent(f.CompletionRate)}";
        document.Paragraph($"{b.PeriodName}（{Date(b.From)}至{Date(b.To)}），{ScopePhrase(b)}纳入统计的学校{b.Schools.Count}所，{plan}。");
        var kinds = string.Join("、", b.ByKind.Select(k => $"{InspectionNames.Of(k.Kind)}{k.Visits}次"));
        document.Paragraph($"责任督学实际到校督导{f.Visits}次，其中{kinds}；计划外督导{f.UnplannedVisits}次，突发事件督导{f.EmergencyVisits}次。");
        if (!b.IsFinal)
        {
            document.Paragraph($"本期尚未结束，以上数据截至{Date(b.To)}。");
        }
    }

    private static void Findings(OfficialDocument document, ComposeBulletin.Bulletin b)
    {
        var f = b.Figures;
        if (f.Findings == 0)
        {
            document.Paragraph("本期到校督导和突发事件处置中未发现问题。");
            return;
        }

        var minor = b.ByItem.Sum(i => i.Minor);
        var serious = b.ByItem.Sum(i => i.Serious);
        var critical = b.ByItem.Sum(i => i.Critical);
        var top = b.ByItem.Where(i => i.Total > 0).OrderByDescending(i => i.Total).Take(3).Select(i => $"“{InspectionNames.Of(i.Item)}”（{i.Total}个）");
        document.Paragraph($"本期督导共发现问题{f.Findings}个，其中严重问题{critical}个、较重问题{serious}个、一般问题{minor}个。问题主要集中在{string.Join("、", top)}等方面。各督导事项发现问题情况如下：")
            .Table(["督导事项", "一般", "较重", "严重", "合计"],
            [
                .. b.ByItem.Select(i => (IReadOnlyList<string>)[InspectionNames.Of(i.Item), Number(i.Minor), Number(i.Serious), Number(i.Critical), Number(i.Total)]),
                ["合计", Number(minor), Number(serious), Number(critical), Number(f.Findings)],
            ]);
    }

    private static void Rectification(OfficialDocument document, ComposeBulletin.Bulletin b)
    {
        var f = b.Figures;
        document.Paragraph($"本期新下达问题清单事项{f.Opened}个，销号{f.ClosedOut}个，其中逾期销号{f.ClosedLate}个。截至{Date(b.To)}，尚未销号的事项{f.OpenAtEnd}个，其中已超过整改期限{f.OverdueAtEnd}个。");
        if (f.ClosedOut > 0)
        {
            document.Paragraph($"本期销号事项从下达到销号平均用时{Days(f.AverageDaysToClose)}天，中位数{Days(f.MedianDaysToClose)}天。");
        }

        if (b.Overdue.Count == 0)
        {
            return;
        }

        document.Paragraph(b.Overdue.Count < f.OverdueAtEnd ? $"逾期时间最长的{b.Overdue.Count}个事项如下：" : "逾期未销号事项如下：")
            .Table(["问题编号", "学校", "督导事项", "严重程度", "整改期限", "逾期天数"],
                b.Overdue.Select(o => (IReadOnlyList<string>)[o.Number, o.School, InspectionNames.Of(o.Item), InspectionNames.Of(o.Severity), Iso(o.Deadline), Number(o.DaysOverdue)]));
    }

    private static void NextSteps(OfficialDocument document, ComposeBulletin.Bulletin b)
    {
        document.Heading2("按计划落实到校督导").Paragraph(PlanRequirement(b));
        document.Heading2("加快问题整改销号").Paragraph(RectificationRequirement(b));
        var top = b.ByItem.Where(i => i.Total > 0).OrderByDescending(i => i.Total).FirstOrDefault();
        document.Heading2("聚焦重点督导事项").Paragraph(top is null
            ? "各责任督学要围绕八个督导事项全面开展经常性督导，做到问题早发现、早下达、早整改。"
            : $"针对本期问题较为集中的“{InspectionNames.Of(top.Item)}”等方面，各责任督学要在下一期到校督导中重点查看，各学校要举一反三、建立长效机制，防止问题反弹。");
        document.Heading2("规范督导记录")
            .Paragraph("责任督学到校督导后要及时在平台提交督导记录，问题清单、整改方案、整改佐证和复查结论全程留痕，确保督导信息真实、完整、可追溯。");
    }

    /// <summary>Names the zones (bureau bulletin) or schools that did fewer visits than planned.</summary>
    private static string PlanRequirement(ComposeBulletin.Bulletin b)
    {
        if (b.Figures.Planned == 0)
        {
            return "请及时制订下一期督导计划，确保每校每月至少到校督导一次。";
        }

        var byZone = b.Query.Scope == BulletinScope.Bureau;
        var behind = (byZone ? b.Zones : b.Schools).Where(r => r.PlannedDone < r.Planned).OrderBy(r => r.CompletionRate).ToList();
        if (behind.Count == 0)
        {
            return "本期计划督导已全部完成。各责任督学要继续保持每月到校督导频次，提高督导实效。";
        }

        var units = byZone ? $"学区{behind.Count}个" : $"学校{behind.Count}所";
        var names = string.Join("、", behind.Take(NamesListed).Select(r => $"{r.Name}（完成率{Percent(r.CompletionRate)}）"));
        var more = behind.Count > NamesListed ? "等" : "";
        return $"未完成本期督导计划的{units}：{names}{more}。相关责任督学要在下一期补齐到校督导，确保每校每月至少到校督导一次。";
    }

    /// <summary>Names the schools with the most overdue items.</summary>
    private static string RectificationRequirement(ComposeBulletin.Bulletin b)
    {
        var overdue = b.Schools.Where(r => r.Overdue > 0).OrderByDescending(r => r.Overdue).ToList();
        if (overdue.Count == 0)
        {
            return "各学校要对照问题清单逐项落实整改，按期报送整改佐证材料；责任督学要及时复查，按期销号。";
        }

        var names = string.Join("、", overdue.Take(NamesListed).Select(r => $"{r.Name}（逾期{r.Overdue}个）"));
        var more = overdue.Count > NamesListed ? "等" : "";
        return $"有逾期未销号问题的学校{overdue.Count}所：{names}{more}。相关学校要制订一校一策，明确责任人和完成时限，尽快完成整改并报送佐证材料；责任督学要跟踪复查，逾期问题按规定上报。";
    }

    private static void Annex(OfficialDocument document, ComposeBulletin.Bulletin b)
    {
        var byZone = b.Query.Scope == BulletinScope.Bureau;
        var rows = byZone ? b.Zones : b.Schools;
        string[] headers = [byZone ? "学区" : "学校", byZone ? "学校数" : "学区", "计划督导", "完成计划", "完成率", "到校督导", "发现问题", "销号", "未销号", "逾期"];
        var total = new ComposeBulletin.UnitRow(Guid.Empty, "", "合计", "", rows.Sum(r => r.Schools), rows.Sum(r => r.Planned), rows.Sum(r => r.PlannedDone),
            rows.Sum(r => r.Visits), rows.Sum(r => r.Findings), rows.Sum(r => r.Open), rows.Sum(r => r.Overdue), rows.Sum(r => r.Closed));
        document.Attachment(byZone ? "各学区督导工作情况统计表" : "各学校督导工作情况统计表")
            .Table(headers, rows.Append(total).Select(r => (IReadOnlyList<string>)
            [
                r.Name, byZone ? Number(r.Schools) : ReferenceEquals(r, total) ? "" : r.Zone, Number(r.Planned), Number(r.PlannedDone), Percent(r.CompletionRate),
                Number(r.Visits), Number(r.Findings), Number(r.Closed), Number(r.Open), Number(r.Overdue),
            ]));
    }
}
