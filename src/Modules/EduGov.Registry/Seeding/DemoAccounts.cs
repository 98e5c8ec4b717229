using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;
using Microsoft.AspNetCore.Identity;

namespace EduGov.Registry.Seeding;

/// <summary>One demo account per role, each with a realistic org scope in the generated district.</summary>
internal sealed class DemoAccounts(UserManager<UserAccount> users, TimeProvider clock)
{
    public const string Password = "Demo@2026edu";

    public async Task<IReadOnlyList<DemoAccount>> EnsureAsync(DemoDistrict district)
    {
        var primaries = district.Schools.Where(s => s.Type == SchoolType.Primary && s.Ownership == Ownership.Public).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var zone = district.Zones.OrderBy(z => z.Name, StringComparer.Ordinal).First();
        var bureau = district.Bureau.Name;
        DemoAccount[] accounts =
        [
            new("leader", "王局长", Role.Leader, new OrgScope(ScopeKind.Bureau, null, bureau)),
            new("officer", "李科长", Role.Officer, new OrgScope(ScopeKind.Bureau, null, bureau)),
            new("inspector", "赵督学", Role.Inspector, new OrgScope(ScopeKind.Zone, zone.Id, zone.Name)),
            new("school", "陈校管", Role.SchoolAdmin, Of(primaries[0])),
            new("school2", "周校管", Role.SchoolAdmin, Of(primaries[1])),
            new("teacher", "孙老师", Role.Teacher, new OrgScope(ScopeKind.Self, null, "本人")),
            new("institution", "明日培训", Role.Institution, new OrgScope(ScopeKind.Institution, null, "演示培训机构")),
            new("parent", "吴家长", Role.Parent, new OrgScope(ScopeKind.Self, null, "本人")),
        ];
        foreach (var account in accounts)
        {
            await CreateAsync(account);
        }

        return accounts;
    }

    private static OrgScope Of(School school) => new(ScopeKind.School, school.Id, school.Name);

    private async Task CreateAsync(DemoAccount account)
    {
        if (await users.FindByNameAsync(account.UserName) is not null)
        {
            return;
        }

        var user = new UserAccount
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Role = account.Role,
            ScopeKind = account.Scope.Kind,
            ScopeId = account.Scope.Id,
            ScopeName = account.Scope.Name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"创建演示账号 {account.UserName} 失败：{string.Join("；", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed record DemoAccount(string UserName, string DisplayName, Role Role, OrgScope Scope)
{
    public string Describe() => $"{UserName,-12} {RoleNames.Chinese(Role)}（{Scope.KindName}：{Scope.Name}）";
}
