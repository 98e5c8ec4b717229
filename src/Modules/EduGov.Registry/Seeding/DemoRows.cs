using EduGov.Registry.Domain;

namespace EduGov.Registry.Seeding;

/// <summary>The per-school rows collected while a district is generated.</summary>
internal sealed class DemoRows
{
    public List<Campus> Campuses { get; } = [];

    public List<SchoolClass> Classes { get; } = [];

    public List<Student> Students { get; } = [];

    public List<Guardian> Guardians { get; } = [];

    public List<Staff> Staff { get; } = [];

    public List<StaffEvent> StaffEvents { get; } = [];
}
