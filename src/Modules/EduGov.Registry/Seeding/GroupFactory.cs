using EduGov.Registry.Contracts;
using EduGov.Registry.Domain;

namespace EduGov.Registry.Seeding;

/// <summary>教育集团: a public school leads, and a few schools of the same 学区 join.</summary>
internal static class GroupFactory
{
    private const int MinMembers = 2;
    private const int MaxMembers = 5;

    public static IReadOnlyList<EducationGroup> Form(DemoRun run, int count, IReadOnlyList<SchoolPlan> plans)
    {
        var groups = new List<EducationGroup>(count);
        var brands = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lead in run.Random.Shuffled(plans.Where(CanLead)))
        {
            if (groups.Count == count)
            {
                break;
            }

            if (lead.School.GroupId is null && brands.Add(lead.Brand))
            {
                groups.Add(Found(run, lead, plans));
            }
        }

        return groups;
    }

    private static bool CanLead(SchoolPlan plan) =>
        plan.School.Ownership == Ownership.Public && plan.School.Type is not (SchoolType.Kindergarten or SchoolType.Special);

    private static EducationGroup Found(DemoRun run, SchoolPlan lead, IReadOnlyList<SchoolPlan> plans)
    {
        var group = new EducationGroup
        {
            Id = run.NewId(),
            Name = $"{PudongAtlas.AddressPrefix}{lead.Brand}教育集团",
            LeadSchoolId = lead.School.Id,
            FoundedOn = run.Random.NextDate(new DateOnly(2012, 9, 1), run.Today.AddYears(-1)),
        };
        lead.School.GroupId = group.Id;
        var candidates = plans.Where(p => p.Zone == lead.Zone && p.School.GroupId is null);
        foreach (var member in run.Random.Shuffled(candidates).Take(run.Random.NextInt(MinMembers, MaxMembers + 1)))
        {
            member.School.GroupId = group.Id;
        }

        return group;
    }
}
