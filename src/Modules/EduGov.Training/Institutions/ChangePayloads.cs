using System.Globalization;
using EduGov.Platform.Errors;
using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>A venue as proposed: where, how large, in use or given up.</summary>
public sealed record VenueValues(string Address, decimal AreaM2, bool Active);

/// <summary>
/// A staff member as proposed. <see cref="IdNumber"/> is typed on the page and never stored; the stored proposal holds
/// its cipher, look-up and mask instead (<see cref="StoredStaff"/>). Empty when an existing member keeps their number.
/// </summary>
public sealed record StaffValues(string Name, string IdNumber, bool Teaches, string Subjects, string QualificationNumber, DateOnly HiredOn, DateOnly? LeftOn);

public sealed record StoredStaff(
    string Name, string IdNumberCipher, string IdNumberLookup, string IdNumberMasked, bool Teaches, string Subjects, string QualificationNumber, DateOnly HiredOn, DateOnly? LeftOn);

public sealed record CourseValues(
    string Name, TrainingCategory Category, string Grades, long LessonPriceFen, int LessonMinutes, int TotalLessons, DateOnly StartsOn, DateOnly EndsOn, string RefundPolicy, bool Active);

public sealed record AccountValues(FundAccountKind Kind, string BankName, string AccountName, string AccountNumber, DateOnly OpenedOn, bool Active);

/// <summary>Checks and words for each kind of proposed change; the same checks run again when the officer approves.</summary>
internal static class ChangePayloads
{
    public static void Validate(VenueValues v)
    {
        Require(!string.IsNullOrWhiteSpace(v.Address) && v.Address.Trim().Length <= 200, "Venue.Address", "请填写场所地址（不超过 200 个字）");
        Require(v.AreaM2 > 0 && v.AreaM2 < 1_000_000, "Venue.AreaM2", "请填写场所面积（平方米，大于 0）");
    }

    public static void Validate(CourseValues c)
    {
        Require(!string.IsNullOrWhiteSpace(c.Name) && c.Name.Trim().Length <= 100, "Course.Name", "请填写课程名称（不超过 100 个字）");
        Require(Enum.IsDefined(c.Category), "Course.Category", "请选择课程类别");
        Require(c.LessonPriceFen > 0, "Course.LessonPriceFen", "请填写每课时价格（大于 0 元）");
        Require(c.LessonMinutes is > 0 and <= 240, "Course.LessonMinutes", "每课时时长应在 1～240 分钟之间");
        Require(c.TotalLessons > 0, "Course.TotalLessons", "请填写总课时数（大于 0）");
        Require(c.EndsOn >= c.StartsOn, "Course.EndsOn", "结课日期不能早于开课日期");
        Require(!string.IsNullOrWhiteSpace(c.RefundPolicy) && c.RefundPolicy.Trim().Length <= 1000, "Course.RefundPolicy", "请填写退费办法（不超过 1000 个字）");
        Require(c.Grades.Trim().Length <= 100, "Course.Grades", "适用年级不超过 100 个字");
    }

    public static void Validate(AccountValues a)
    {
        Require(Enum.IsDefined(a.Kind), "Account.Kind", "请选择账户类型");
        Require(!string.IsNullOrWhiteSpace(a.BankName) && a.BankName.Trim().Length <= 100, "Account.BankName", "请填写开户银行（不超过 100 个字）");
        Require(!string.IsNullOrWhiteSpace(a.AccountName) && a.AccountName.Trim().Length <= 100, "Account.AccountName", "请填写账户名称（不超过 100 个字）");
        var digits = a.AccountNumber.Replace(" ", "", StringComparison.Ordinal);
        Require(digits.Length is >= 8 and <= 32 && digits.All(char.IsAsciiDigit), "Account.AccountNumber", "银行账号应为 8～32 位数字");
    }

    public static void ValidateStaffBasics(StaffValues s)
    {
        Require(!string.IsNullOrWhiteSpace(s.Name) && s.Name.Trim().Length <= 50, "Staff.Name", "请填写姓名（不超过 50 个字）");
        Require(s.Subjects.Trim().Length <= 100, "Staff.Subjects", "任教科目不超过 100 个字");
        Require(s.QualificationNumber.Trim().Length <= 50, "Staff.QualificationNumber", "教师资格证书编号不超过 50 个字符");
        Require(s.LeftOn is null || s.LeftOn >= s.HiredOn, "Staff.LeftOn", "离职日期不能早于入职日期");
    }

    public static string Describe(Venue? old, VenueValues v) => old is null
        ? $"新增场所：{v.Address.Trim()}（{Area(v.AreaM2)} 平方米）"
        : Join(
            Diff("场所地址", old.Address, v.Address.Trim()),
            Diff("面积", Area(old.AreaM2), Area(v.AreaM2)),
            Diff("状态", old.Active ? "使用中" : "已停用", v.Active ? "使用中" : "已停用"));

    public static string Describe(InstitutionStaff? old, StoredStaff s) => old is null
        ? $"新增人员：{s.Name}（{s.IdNumberMasked}），{(s.Teaches ? $"授课 {s.Subjects}" : "不授课")}"
        : Join(
            Diff("姓名", old.Name, s.Name),
            Diff("证件号码", old.IdNumberMasked, s.IdNumberMasked),
            Diff("授课", old.Teaches ? "是" : "否", s.Teaches ? "是" : "否"),
            Diff("任教科目", old.Subjects, s.Subjects),
            Diff("教师资格证书编号", old.TeacherQualificationNumber, s.QualificationNumber),
            Diff("入职日期", Day(old.HiredOn), Day(s.HiredOn)),
            Diff("离职日期", old.LeftOn is { } l ? Day(l) : "", s.LeftOn is { } n ? Day(n) : ""));

    public static string Describe(Course? old, CourseValues c) => old is null
        ? $"新增课程：{c.Name.Trim()}，每课时 {TrainingNames.Yuan(c.LessonPriceFen)} 元 × {c.TotalLessons} 课时，{Day(c.StartsOn)} 至 {Day(c.EndsOn)}"
        : Join(
            Diff("课程名称", old.Name, c.Name.Trim()),
            Diff("类别", TrainingNames.Of(old.Category), TrainingNames.Of(c.Category)),
            Diff("适用年级", old.Grades, c.Grades.Trim()),
            Diff("每课时价格（元）", TrainingNames.Yuan(old.LessonPriceFen), TrainingNames.Yuan(c.LessonPriceFen)),
            Diff("每课时分钟", old.LessonMinutes.ToString(CultureInfo.InvariantCulture), c.LessonMinutes.ToString(CultureInfo.InvariantCulture)),
            Diff("总课时", old.TotalLessons.ToString(CultureInfo.InvariantCulture), c.TotalLessons.ToString(CultureInfo.InvariantCulture)),
            Diff("开课日期", Day(old.StartsOn), Day(c.StartsOn)),
            Diff("结课日期", Day(old.EndsOn), Day(c.EndsOn)),
            Diff("退费办法", old.RefundPolicy, c.RefundPolicy.Trim()),
            Diff("状态", old.Active ? "在售" : "停售", c.Active ? "在售" : "停售"));

    public static string Describe(FundAccount? old, AccountValues a) => old is null
        ? $"新增{TrainingNames.Of(a.Kind)}：{a.BankName.Trim()}，{a.AccountName.Trim()}，{AccountNumber(a.AccountNumber)}"
        : Join(
            Diff("账户类型", TrainingNames.Of(old.Kind), TrainingNames.Of(a.Kind)),
            Diff("开户银行", old.BankName, a.BankName.Trim()),
            Diff("账户名称", old.AccountName, a.AccountName.Trim()),
            Diff("账号", old.AccountNumber, AccountNumber(a.AccountNumber)),
            Diff("开户日期", Day(old.OpenedOn), Day(a.OpenedOn)),
            Diff("状态", old.Active ? "使用中" : "已停用", a.Active ? "使用中" : "已停用"));

    public static string AccountNumber(string number) => number.Replace(" ", "", StringComparison.Ordinal);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Area(decimal area) => area.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Diff(string label, string before, string after) =>
        string.Equals(before, after, StringComparison.Ordinal) ? null : $"{label}：{(before.Length == 0 ? "（空）" : before)} → {(after.Length == 0 ? "（空）" : after)}";

    private static string Join(params string?[] parts)
    {
        var changed = parts.Where(p => p is not null).ToList();
        return changed.Count == 0 ? throw new InvalidInputException("Change", "与现有信息相比没有任何变化，无需提交") : string.Join("；", changed);
    }

    private static void Require(bool ok, string field, string message)
    {
        if (!ok)
        {
            throw new InvalidInputException(field, message);
        }
    }
}
