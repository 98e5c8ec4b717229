using EduGov.Registry.Domain;

namespace EduGov.Registry.Seeding;

/// <summary>
/// A generated demo district, ready to insert. Relations are by id only: navigation collections
/// (<see cref="School.Campuses"/>, <see cref="Student.Guardians"/>) are left empty so every row is in exactly one list.
/// </summary>
internal sealed record DemoDistrict(
    Bureau Bureau,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<SchoolZone> Zones,
    IReadOnlyList<EducationGroup> Groups,
    IReadOnlyList<School> Schools,
    IReadOnlyList<Campus> Campuses,
    IReadOnlyList<SchoolClass> Classes,
    IReadOnlyList<Student> Students,
    IReadOnlyList<Guardian> Guardians,
    IReadOnlyList<Staff> Staff,
    IReadOnlyList<StaffEvent> StaffEvents);
