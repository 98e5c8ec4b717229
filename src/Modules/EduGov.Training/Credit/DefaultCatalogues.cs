using EduGov.Training.Domain;

namespace EduGov.Training.Credit;

/// <summary>
/// The two catalogues a fresh installation starts with (rules part A6): the Tianjin-style itemised deduction table (active) and a
/// Beijing-style 1,000-point A–E model. Items judging the same matter share a code in both, so records carry over a switch.
/// </summary>
internal static class DefaultCatalogues
{
    public const string Tianjin = "tianjin";
    public const string Beijing = "beijing";

    private sealed record Item(string Code, string Group, string Name, string Standard, int Max, int Per, BreachSeverity Severity, CreditGrade? Cap = null, bool DirectRed = false);

    private static readonly Item[] TianjinItems =
    [
        new("licence", "办学资质", "办学许可证在有效期内", "许可证过期或超范围办学扣30分", 30, 30, BreachSeverity.Ordinary),
        new("display", "信息公示", "公示证照、收费项目及标准、资金监管账户、退费办法", "每缺一项扣20分", 40, 20, BreachSeverity.Minor),
        new("advertising", "信息公示", "广告宣传符合规定", "每违规一次扣10分", 30, 10, BreachSeverity.Minor),
        new("charges", "收费与退费", "按政策规定收费", "每违规一人次扣10分", 50, 10, BreachSeverity.Ordinary),
        new("refund", "收费与退费", "按合同约定退费", "每违规一人次扣10分", 100, 10, BreachSeverity.Ordinary),
        new("contract", "合同与服务", "使用最新版培训服务合同示范文本", "未使用扣40分", 40, 40, BreachSeverity.Minor),
        new("staff", "从业人员", "从业人员管理规范", "每违规一人次扣10分", 30, 10, BreachSeverity.Ordinary),
        new("qualification", "从业人员", "公示教师资格信息", "每缺一人扣10分", 30, 10, BreachSeverity.Minor),
    ];

    private static readonly Item[] BeijingItems =
    [
        new("licence", "办学资质", "办学许可证在有效期内、按许可范围办学", "许可证过期或超范围办学扣60分", 60, 60, BreachSeverity.Ordinary),
        new("venue", "办学资质", "培训场所与许可地址一致", "每处不一致扣20分", 40, 20, BreachSeverity.Ordinary),
        new("fire", "办学资质", "场所消防安全合格", "每项隐患扣20分", 40, 20, BreachSeverity.Ordinary),
        new("display", "信息公示", "公示证照、收费项目及标准、资金监管账户、退费办法", "每缺一项扣20分", 50, 20, BreachSeverity.Minor),
        new("qualification", "信息公示", "公示教师资格信息", "每缺一人扣10分", 40, 10, BreachSeverity.Minor),
        new("advertising", "信息公示", "广告宣传符合规定", "每违规一次扣10分", 40, 10, BreachSeverity.Minor),
        new("charges", "收费与资金", "按政策规定收费（周期、课时、金额、时点）", "每违规一人次扣10分", 80, 10, BreachSeverity.Ordinary),
        new("custody", "收费与资金", "预收费全部进入监管账户，消拨同步", "每发现一笔未入监管账户扣20分", 80, 20, BreachSeverity.Ordinary),
        new("deposit", "收费与资金", "风险保证金足额", "不足额扣40分", 40, 40, BreachSeverity.Ordinary),
        new("refund", "收费与资金", "按合同约定及时退费", "每违规一人次扣10分", 100, 10, BreachSeverity.Ordinary),
        new("loans", "收费与资金", "不诱导使用培训贷", "发现即扣30分", 30, 30, BreachSeverity.Serious),
        new("contract", "合同与服务", "使用最新版培训服务合同示范文本", "未使用扣40分", 40, 40, BreachSeverity.Minor),
        new("hours", "合同与服务", "培训时间符合规定（不占用节假日，线下20:30前结束）", "每违规一次扣10分", 40, 10, BreachSeverity.Ordinary),
        new("content", "合同与服务", "培训内容不超标超前", "每违规一次扣20分", 40, 20, BreachSeverity.Ordinary),
        new("staff", "从业人员", "从业人员管理规范", "每违规一人次扣10分", 40, 10, BreachSeverity.Ordinary),
        new("serving-teachers", "从业人员", "不聘用在职中小学教师", "每发现一人扣15分", 30, 15, BreachSeverity.Ordinary),
        new("staff-check", "从业人员", "从业人员入职查询", "每缺一人扣10分", 30, 10, BreachSeverity.Minor),
        new("safety", "安全与稳定", "安全管理制度落实", "每项隐患扣10分", 50, 10, BreachSeverity.Ordinary),
        new("complaints", "安全与稳定", "投诉及时妥善处理", "每件未妥善处理扣10分", 30, 10, BreachSeverity.Minor),
        new("accident", "安全与稳定", "未发生重大安全事故或造成恶劣影响的公共事件", "发生即扣50分，信用等级不高于D级", 50, 50, BreachSeverity.Serious, CreditGrade.D),
        new("political", "安全与稳定", "无违反政治纪律、意识形态问题", "发生即扣50分，信用等级不高于D级，直接红牌", 50, 50, BreachSeverity.Serious, CreditGrade.D, DirectRed: true),
    ];

    public static (CreditCatalogue Catalogue, IReadOnlyList<CreditItem> Items)[] Build(DateTime now) =>
    [
        Make(Tianjin, "天津式逐项扣分表", "参照天津市学科类校外培训机构信用评价指标及评分标准：各项设满分，按次或按人次扣分，单项扣完为止；得分率决定等级。", true, TianjinItems, now),
        Make(Beijing, "北京式千分制A–E评价", "参照北京市学科类校外培训机构信用评价暂行办法的千分制、A–E五级思路编制。该办法的28项指标未公开，本目录各项条文为本区自行制定；违反政治纪律或发生重大事故的，信用等级不高于D级。", false, BeijingItems, now),
    ];

    private static (CreditCatalogue, IReadOnlyList<CreditItem>) Make(string code, string name, string description, bool active, Item[] items, DateTime now)
    {
        var catalogue = new CreditCatalogue { Code = code, Name = name, Description = description, Active = active, CreatedAt = now, UpdatedAt = now, UpdatedBy = "系统" };
        return (catalogue, [.. items.Select((i, index) => new CreditItem
        {
            CatalogueId = catalogue.Id, Code = i.Code, Group = i.Group, Name = i.Name, Standard = i.Standard, MaxPoints = i.Max, PointsPerInstance = i.Per,
            Severity = i.Severity, GradeCap = i.Cap, DirectRed = i.DirectRed, Order = index + 1, UpdatedAt = now, UpdatedBy = "系统",
        })]);
    }
}
