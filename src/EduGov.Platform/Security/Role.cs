namespace EduGov.Platform.Security;

/// <summary>The roles of DESIGN.md. The public uses the platform without an account.</summary>
public enum Role
{
    Leader = 1,
    Officer = 2,
    Inspector = 3,
    SchoolAdmin = 4,
    Teacher = 5,
    Institution = 6,
    Parent = 7,
}

public static class RoleNames
{
    public static string Chinese(Role role) => role switch
    {
        Role.Leader => "局领导",
        Role.Officer => "科室业务员",
        Role.Inspector => "督学",
        Role.SchoolAdmin => "学校管理员",
        Role.Teacher => "教师",
        Role.Institution => "培训机构",
        Role.Parent => "家长",
        _ => role.ToString(),
    };
}
