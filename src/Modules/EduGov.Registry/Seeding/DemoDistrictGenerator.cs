using EduGov.Platform.Privacy;

namespace EduGov.Registry.Seeding;

/// <summary>
/// Generates a realistic demo 浦东新区: the bureau, 学区, 教育集团, schools with campuses and classes, pupils with guardians,
/// and staff with their history. The same preset, seed and dates give the same rows and ids; only ciphertexts differ,
/// because AES-GCM nonces are random. Work is linear in the number of pupils.
/// </summary>
internal static class DemoDistrictGenerator
{
    public static DemoDistrict Generate(DemoPreset preset, int seed, FieldProtector protector, DateOnly today, DateTime nowUtc)
    {
        var run = new DemoRun(seed, protector, today, nowUtc);
        var bureau = OrganisationFactory.NewBureau(run);
        var departments = OrganisationFactory.Departments(run);
        var zones = OrganisationFactory.Zones(run, preset.Zones);
        var plans = new SchoolPlanner(run).Plan(preset, zones);
        var groups = GroupFactory.Form(run, preset.Groups, plans);
        var rows = new DemoRows();
        var populator = new SchoolPopulator(run, preset, rows, [.. zones.Select(z => z.Template)]);
        foreach (var plan in plans)
        {
            populator.Populate(plan);
        }

        return new DemoDistrict(
            bureau,
            departments,
            OrganisationFactory.Regions(),
            [.. zones.Select(z => z.Entity)],
            groups,
            [.. plans.Select(p => p.School)],
            rows.Campuses,
            rows.Classes,
            rows.Students,
            rows.Guardians,
            rows.Staff,
            rows.StaffEvents);
    }
}
