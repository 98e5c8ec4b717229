using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.IntegrationTests.Infrastructure;
using EduGov.Platform.Data;
using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Schools;
using EduGov.Registry.Students;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace EduGov.IntegrationTests.Admission;

/// <summary>
/// The registry's small district (primary A and B, junior C) plus a nine-year school D in the west zone, with helpers to
/// store births, enrolment history and seat plans, and to run the forecast imports.
/// </summary>
public sealed class ForecastWorld
{
    private int _sequence;

    private ForecastWorld(RegistryWorld registry)
    {
        Registry = registry;
        Leader = registry.Harness.User(Role.Leader, OrgScope.Bureau("测试区教育局"), "王局长");
    }

    public RegistryWorld Registry { get; }
    public PlatformHarness Harness => Registry.Harness;
    public CurrentUser Officer => Registry.Officer;
    public CurrentUser Leader { get; }
    public CurrentUser AdminA => Registry.AdminA;
    public Guid SchoolA => Registry.SchoolA;
    public Guid SchoolB => Registry.SchoolB;
    public Guid JuniorC => Registry.JuniorC;
    public Guid NineYearD { get; private set; }

    /// <summary>An officer whose scope is the west zone (junior C and nine-year D).</summary>
    public CurrentUser WestOfficer => Harness.User(Role.Officer, new OrgScope(ScopeKind.Zone, Registry.ZoneWest, "西片学区"), "赵科员");

    public static async Task<ForecastWorld> BuildAsync(PlatformHarness harness)
    {
        var world = new ForecastWorld(await RegistryWorld.BuildAsync(harness));
        world.NineYearD = await harness.AsAsync<SaveSchool.Handler, Guid>(world.Officer, h => h.HandleAsync(new SaveSchool.Command
        {
            Code = "3131000004", Name = "浦东新区致远实验学校", Type = SchoolType.NineYear, Ownership = Ownership.Public, RegionCode = "310115",
            ZoneId = world.Registry.ZoneWest, Principal = "王校长", Phone = "021-58881234", FoundedOn = new DateOnly(2001, 9, 1), MainCampusAddress = "上海市浦东新区世纪大道100号",
        }));
        return world;
    }

    internal async Task<AdmissionDbContext> DbAsync() =>
        await Harness.Services.GetRequiredService<IDbContextFactory<AdmissionDbContext>>().CreateDbContextAsync();

    public async Task AddAsync(params object[] entities)
    {
        await using var db = await DbAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    /// <summary>Pupils per grade for every school year in [<paramref name="firstYear"/>, <paramref name="lastYear"/>].</summary>
    public Task AddEnrolmentAsync(Guid school, int firstYear, int lastYear, int firstGrade, int lastGrade, int pupils) =>
        AddAsync([.. from year in Enumerable.Range(firstYear, lastYear - firstYear + 1)
                     from grade in Enumerable.Range(firstGrade, lastGrade - firstGrade + 1)
                     select new GradeEnrolment { Year = year, SchoolId = school, Grade = grade, Pupils = pupils }]);

    public Task AddBirthsAsync(Guid? school, int firstCohort, int lastCohort, int births) =>
        AddAsync([.. Enumerable.Range(firstCohort, lastCohort - firstCohort + 1).Select(y => new BirthCount { CohortYear = y, SchoolId = school, Births = births })]);

    /// <summary>A primary round of <paramref name="year"/> with class cap 45 and a seat plan of <paramref name="classes"/> classes per school.</summary>
    public async Task AddSeatPlansAsync(int year, params (Guid School, int Classes)[] plans)
    {
        var round = new AdmissionRound { Year = year, Stage = Stage.Primary, Name = $"{year}年小学招生", ClassCap = 45 };
        await AddAsync([round, .. plans.Select(p => new SeatPlan { RoundId = round.Id, SchoolId = p.School, PlannedClasses = p.Classes, ClassCap = 45 })]);
    }

    public async Task<List<Guid>> AddPupilsAsync(Guid school, int grade, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var sequence = ++_sequence;
            var idNumber = IdNumber.Compose("310115", new DateOnly(2026 - 6 - grade, 3, 1).AddDays(sequence), sequence);
            ids.Add(await Harness.AsAsync<RegisterStudent.Handler, Guid>(Officer, h => h.HandleAsync(RegistryWorld.Pupil(school, idNumber, $"学生{sequence}", grade))));
        }

        return ids;
    }

    public static MemoryStream Workbook(string sheet, IEnumerable<Dictionary<string, object>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: sheet);
        stream.Position = 0;
        return stream;
    }

    public Task<ImportResult> ImportAsync(string kind, CurrentUser user, Stream file, string fileName) =>
        Harness.AsAsync<ImportRunner, ImportResult>(user, r => r.RunAsync(kind, file, fileName, dryRun: false));

    public async Task<List<string>> AuditNotesAsync(string entityType)
    {
        await using var platform = await Harness.Services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync();
        return await platform.AuditEvents.Where(e => e.EntityType == entityType).OrderBy(e => e.Sequence).Select(e => e.Note ?? "").ToListAsync();
    }
}
