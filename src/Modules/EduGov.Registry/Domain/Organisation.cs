using EduGov.Registry.Contracts;

namespace EduGov.Registry.Domain;

/// <summary>A GB/T 2260 administrative division.</summary>
public sealed class Region
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? ParentCode { get; set; }
}

/// <summary>The education bureau running this deployment (one row).</summary>
public sealed class Bureau
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
}

public sealed class Department
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string Duties { get; set; } = "";
    public int SortOrder { get; set; }
}

/// <summary>学区</summary>
public sealed class SchoolZone
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string Description { get; set; } = "";
}

/// <summary>教育集团</summary>
public sealed class EducationGroup
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public Guid? LeadSchoolId { get; set; }
    public DateOnly FoundedOn { get; set; }
}

public sealed class School
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public SchoolType Type { get; set; }
    public Ownership Ownership { get; set; }
    public string RegionCode { get; set; } = "";
    public Guid? ZoneId { get; set; }
    public Guid? GroupId { get; set; }
    public string Principal { get; set; } = "";
    public string Phone { get; set; } = "";
    public DateOnly FoundedOn { get; set; }
    public bool IsActive { get; set; } = true;

    public SchoolZone? Zone { get; set; }
    public EducationGroup? Group { get; set; }
    public List<Campus> Campuses { get; set; } = [];
}

/// <summary>校区</summary>
public sealed class Campus
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool IsMain { get; set; }
}

/// <summary>班级. <see cref="Grade"/>: 1–12 for 一年级 … 高三, -2/-1/0 for 小班/中班/大班.</summary>
public sealed class SchoolClass
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid? CampusId { get; set; }
    public int Grade { get; set; }
    public int Number { get; set; }
    public int EntryYear { get; set; }
    public int ClassSizeCap { get; set; }
    public string HeadTeacher { get; set; } = "";
}
