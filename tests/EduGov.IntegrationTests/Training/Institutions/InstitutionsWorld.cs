using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Security;
using EduGov.Standards;
using EduGov.Training.Domain;
using EduGov.Training.Institutions;
using EduGov.Training.Licensing;

namespace EduGov.IntegrationTests.Training.Institutions;

/// <summary>The registry's small district plus institutions registered through the training module's own handlers.</summary>
public sealed class InstitutionsWorld
{
    public const string Password = "Train@2026edu";

    private InstitutionsWorld(PlatformHarness harness, RegistryWorld registry)
    {
        Harness = harness;
        Registry = registry;
        Officer = harness.User(Role.Officer, OrgScope.Bureau("测试区教育局"), "李科长");
    }

    public PlatformHarness Harness { get; }
    public RegistryWorld Registry { get; }
    public CurrentUser Officer { get; }

    public static async Task<InstitutionsWorld> BuildAsync(PlatformHarness harness) =>
        new(harness, await RegistryWorld.BuildAsync(harness));

    /// <summary>A valid 统一社会信用代码 numbered <paramref name="n"/>.</summary>
    public static string Code(int n)
    {
        var first17 = $"52310115MA1K{n:D5}";
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    public static string IdNumberOf(int sequence) => IdNumber.Compose("310115", new DateOnly(1990, 3, 4), sequence);

    public InstitutionFacts Facts(int n, TrainingCategory category = TrainingCategory.ArtsCulture) => new(
        $"测试培训机构{n}", Code(n), "王法人", "张联系", "021-50001234", $"世纪大道{n}号", Registry.ZoneEast,
        category == TrainingCategory.AcademicSubject ? TrainingKind.Academic : TrainingKind.NonAcademic, category, TrainingMode.Offline, false);

    /// <summary>Registers an institution on the public page; returns it with the user acting for its account.</summary>
    public async Task<(Guid Id, CurrentUser Account, SelfRegister.Result Result)> SelfRegisterAsync(int n, TrainingCategory category = TrainingCategory.ArtsCulture)
    {
        var result = await Harness.AsAsync<SelfRegister.Handler, SelfRegister.Result>(CurrentUser.Anonymous,
            h => h.HandleAsync(new SelfRegister.Command(Facts(n, category), "少儿美术、书法", $"inst{n}", Password, "张联系")));
        return (result.InstitutionId, Account(result.InstitutionId, $"测试培训机构{n}"), result);
    }

    public CurrentUser Account(Guid institutionId, string name) =>
        Harness.User(Role.Institution, new OrgScope(ScopeKind.Institution, institutionId, name), name);

    /// <summary>Registers and licenses an institution: opinions of every suggested department agreed, permit issued.</summary>
    public async Task<(Guid Id, CurrentUser Account)> LicensedAsync(int n, TrainingCategory category = TrainingCategory.ArtsCulture)
    {
        var (id, account, _) = await SelfRegisterAsync(n, category);
        var application = (await Harness.AsAsync<ListApplications.Handler, EduGov.Platform.Querying.PageResult<ListApplications.Row>>(Officer,
            h => h.HandleAsync(new ListApplications.Query(InstitutionId: id)))).Items.Single().Id;
        await ApproveAsync(application, $"教民{n:D4}号", Harness.Clock.GetUtcNow().Date.AddYears(3));
        return (id, account);
    }

    public async Task ApproveAsync(Guid applicationId, string permitNumber, DateTime validUntil)
    {
        var detail = await Harness.AsAsync<GetApplication.Handler, GetApplication.Detail>(Officer, h => h.HandleAsync(applicationId));
        if (detail.Opinions.Count == 0 && detail.Application.Kind != LicenceKind.Closure)
        {
            await Harness.AsAsync<ReviewApplication.Handler>(Officer, h => h.RequestAsync(new(applicationId, detail.SuggestedDepartments)));
            detail = await Harness.AsAsync<GetApplication.Handler, GetApplication.Detail>(Officer, h => h.HandleAsync(applicationId));
        }

        foreach (var opinion in detail.Opinions.Where(o => o.Result is null))
        {
            await Harness.AsAsync<ReviewApplication.Handler>(Officer, h => h.RecordAsync(new(opinion.Id, OpinionResult.Agree, "")));
        }

        await Harness.AsAsync<ReviewApplication.Handler>(Officer, h => h.DecideAsync(new ReviewApplication.Decide(applicationId, true, "材料齐全，符合条件")
        {
            PermitNumber = permitNumber, ValidUntil = DateOnly.FromDateTime(validUntil),
        }));
    }
}
