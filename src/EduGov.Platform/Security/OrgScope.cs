namespace EduGov.Platform.Security;

public enum ScopeKind
{
    Bureau = 1,
    Zone = 2,
    Group = 3,
    School = 4,
    Institution = 5,
    Self = 6,
}

/// <summary>The part of the district an account may see and change. <see cref="Id"/> is null for the whole bureau.</summary>
public sealed record OrgScope(ScopeKind Kind, Guid? Id, string Name)
{
    public static readonly OrgScope None = new(ScopeKind.Self, null, "仅本人");

    public static OrgScope Bureau(string name) => new(ScopeKind.Bureau, null, name);

    public string KindName => Kind switch
    {
        ScopeKind.Bureau => "全区",
        ScopeKind.Zone => "学区",
        ScopeKind.Group => "教育集团",
        ScopeKind.School => "学校",
        ScopeKind.Institution => "培训机构",
        _ => "本人",
    };
}
