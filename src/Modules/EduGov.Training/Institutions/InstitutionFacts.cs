using EduGov.Platform.Errors;
using EduGov.Platform.Validation;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Training.Institutions;

/// <summary>What an institution is: the facts an officer registers, the institution registers itself, or it proposes to change.</summary>
public sealed record InstitutionFacts(
    string Name, string CreditCode, string LegalPerson, string ContactPerson, string ContactPhone, string Address, Guid? ZoneId,
    TrainingKind Kind, TrainingCategory Category, TrainingMode Mode, bool ForProfit)
{
    public static InstitutionFacts Of(TrainingInstitution i) =>
        new(i.Name, i.CreditCode, i.LegalPerson, i.ContactPerson, i.ContactPhone, i.Address, i.ZoneId, i.Kind, i.Category, i.Mode, i.ForProfit);

    public string NormalizedCreditCode => DigitNormalizer.Normalize(CreditCode);

    /// <summary>The differences to <paramref name="old"/> in words: "名称：甲 → 乙；地址：… → …".</summary>
    public string DescribeChangesFrom(InstitutionFacts old, string newZoneName, string oldZoneName)
    {
        var parts = new List<string>();
        void Compare(string label, string before, string after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                parts.Add($"{label}：{(before.Length == 0 ? "（空）" : before)} → {(after.Length == 0 ? "（空）" : after)}");
            }
        }

        Compare("名称", old.Name, Name.Trim());
        Compare("统一社会信用代码", old.CreditCode, NormalizedCreditCode);
        Compare("法定代表人", old.LegalPerson, LegalPerson.Trim());
        Compare("联系人", old.ContactPerson, ContactPerson.Trim());
        Compare("联系电话", old.ContactPhone, ContactPhone.Trim());
        Compare("地址", old.Address, Address.Trim());
        Compare("所在学区", oldZoneName, newZoneName);
        Compare("类型", TrainingNames.Of(old.Kind), TrainingNames.Of(Kind));
        Compare("类别", TrainingNames.Of(old.Category), TrainingNames.Of(Category));
        Compare("形式", TrainingNames.Of(old.Mode), TrainingNames.Of(Mode));
        Compare("性质", TrainingNames.ProfitOf(old.ForProfit), TrainingNames.ProfitOf(ForProfit));
        return string.Join("；", parts);
    }

    internal sealed class Validator : AbstractValidator<InstitutionFacts>
    {
        public Validator()
        {
            RuleFor(f => f.Name).NotEmpty().WithMessage("请填写机构名称").MaximumLength(100).WithMessage("机构名称不超过 100 个字");
            RuleFor(f => f.CreditCode).MustSatisfy(Standards.CreditCode.Validate);
            RuleFor(f => f.LegalPerson).NotEmpty().WithMessage("请填写法定代表人").MaximumLength(50).WithMessage("法定代表人不超过 50 个字");
            RuleFor(f => f.ContactPerson).NotEmpty().WithMessage("请填写联系人").MaximumLength(50).WithMessage("联系人不超过 50 个字");
            RuleFor(f => f.ContactPhone).NotEmpty().WithMessage("请填写联系电话").MaximumLength(30).WithMessage("联系电话不超过 30 个字符");
            RuleFor(f => f.Address).NotEmpty().WithMessage("请填写机构地址").MaximumLength(200).WithMessage("地址不超过 200 个字");
            RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择培训类型");
            RuleFor(f => f.Category).IsInEnum().WithMessage("请选择培训类别");
            RuleFor(f => f.Mode).IsInEnum().WithMessage("请选择线上或线下");
            RuleFor(f => f).Custom((f, context) =>
            {
                foreach (var problem in InstitutionRules.KindProblems(f.Kind, f.Category, f.ForProfit))
                {
                    context.AddFailure(nameof(Category), problem);
                }
            });
        }
    }
}

/// <summary>Checks shared by every handler that writes institution facts: the code is free, the zone exists; then copies them.</summary>
internal static class InstitutionFactsWriter
{
    public static async Task EnsureCreditCodeFreeAsync(TrainingDbContext db, string creditCode, Guid? exceptId, CancellationToken ct)
    {
        var holder = await db.Institutions.Where(i => i.CreditCode == creditCode && i.Id != exceptId).Select(i => i.Name).FirstOrDefaultAsync(ct);
        if (holder is not null)
        {
            throw new ConflictException(CreditCodeTaken(creditCode, holder));
        }
    }

    public static string CreditCodeTaken(string creditCode, string holder) => $"统一社会信用代码 {creditCode} 已被“{holder}”登记，同一代码不能重复登记。";

    public static async Task<string> ZoneNameAsync(IRegistryDirectory registry, Guid? zoneId, CancellationToken ct)
    {
        if (zoneId is not { } id)
        {
            return "";
        }

        var zone = (await registry.ZonesAsync(ct)).FirstOrDefault(z => z.Id == id)
            ?? throw new InvalidInputException(nameof(InstitutionFacts.ZoneId), "所选学区不存在");
        return zone.Name;
    }

    public static void Apply(TrainingInstitution institution, InstitutionFacts facts, string zoneName, DateTime now)
    {
        institution.Name = facts.Name.Trim();
        institution.CreditCode = facts.NormalizedCreditCode;
        institution.LegalPerson = facts.LegalPerson.Trim();
        institution.ContactPerson = facts.ContactPerson.Trim();
        institution.ContactPhone = facts.ContactPhone.Trim();
        institution.Address = facts.Address.Trim();
        institution.ZoneId = facts.ZoneId;
        institution.ZoneName = zoneName;
        institution.Kind = facts.Kind;
        institution.Category = facts.Category;
        institution.Mode = facts.Mode;
        institution.ForProfit = facts.ForProfit;
        institution.UpdatedAt = now;
    }

    public static async Task<TrainingInstitution> FindAsync(TrainingDbContext db, Guid id, CancellationToken ct) =>
        await db.Institutions.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException(Scope.TrainingScope.NotFound);
}
