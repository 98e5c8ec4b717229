using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;
using EduGov.Standards;
using EduGov.Training.Data;
using EduGov.Training.Domain;

namespace EduGov.Training.Demo;

/// <summary>Demo institutions with their permits, venues, courses and supervised accounts; deterministic for a seed.</summary>
internal sealed class DemoInstitutions
{
    private const string DemoRegion = "310115";
    private static readonly string[] Brands = ["启明", "博雅", "星辰", "乐动", "墨香", "智创", "童画", "跃动", "青禾", "知行", "远航", "晨曦", "明日", "新苗", "雅韵", "小牛顿"];
    private static readonly string[] Streets = ["世纪大道", "张杨路", "浦东南路", "东方路", "杨高中路", "锦绣路", "成山路", "金桥路"];

    private static readonly Weighted<TrainingCategory> Categories = new(
    [
        (TrainingCategory.Sports, 30), (TrainingCategory.ArtsCulture, 35), (TrainingCategory.Science, 20), (TrainingCategory.AcademicSubject, 15),
    ]);

    private static readonly Dictionary<TrainingCategory, (string Word, string[] Courses, long LessonFen)> Offers = new()
    {
        [TrainingCategory.Sports] = ("体育培训", ["少儿篮球", "青少年游泳", "跆拳道", "足球启蒙"], 12000),
        [TrainingCategory.ArtsCulture] = ("艺术培训", ["少儿美术", "钢琴", "舞蹈基础", "书法"], 15000),
        [TrainingCategory.Science] = ("科技培训", ["机器人编程", "少儿编程", "科学实验"], 16000),
        [TrainingCategory.AcademicSubject] = ("学科培训", ["初中数学（周中）", "小学语文阅读", "初中英语（周中）"], 8000),
    };

    public List<TrainingInstitution> Institutions { get; } = [];
    public List<SchoolPermit> Permits { get; } = [];
    public List<Venue> Venues { get; } = [];
    public List<Course> Courses { get; } = [];
    public List<FundAccount> Accounts { get; } = [];

    public int Licensed => Institutions.Count(i => i.Status == InstitutionStatus.Licensed);

    public static DemoInstitutions Build(int count, IReadOnlyList<ZoneRef> zones, SeededRandom random, DateOnly today, DateTime now)
    {
        var world = new DemoInstitutions();
        for (var index = 0; index < count; index++)
        {
            world.Add(index, zones.Count == 0 ? null : zones[index % zones.Count], random, today, now);
        }

        return world;
    }

    public void AddTo(TrainingDbContext db)
    {
        db.Institutions.AddRange(Institutions);
        db.Permits.AddRange(Permits);
        db.Venues.AddRange(Venues);
        db.Courses.AddRange(Courses);
        db.FundAccounts.AddRange(Accounts);
    }

    private void Add(int index, ZoneRef? zone, SeededRandom random, DateOnly today, DateTime now)
    {
        var category = index == 0 ? TrainingCategory.ArtsCulture : random.Pick(Categories);
        var offer = Offers[category];
        var address = $"{Streets[random.NextInt(Streets.Length)]}{random.NextInt(1, 2000)}号{random.NextInt(1, 6)}楼";
        var applying = index % 17 == 16;
        var institution = new TrainingInstitution
        {
            Name = $"{Brands[index % Brands.Length]}{offer.Word}{(index >= Brands.Length ? $"（{index / Brands.Length + 1}分部）" : "")}{(category == TrainingCategory.AcademicSubject ? "学校" : "中心")}",
            CreditCode = CreditCodeFor(index, category == TrainingCategory.AcademicSubject),
            LegalPerson = ChineseNames.FullName(random, random.Chance(0.5) ? Sex.Male : Sex.Female, 1970 + random.NextInt(25)),
            ContactPerson = ChineseNames.FullName(random, random.Chance(0.5) ? Sex.Male : Sex.Female, 1970 + random.NextInt(25)),
            ContactPhone = $"021-{random.NextInt(5000_0000, 6999_9999)}",
            Address = address,
            ZoneId = zone?.Id,
            ZoneName = zone?.Name ?? "",
            Kind = category == TrainingCategory.AcademicSubject ? TrainingKind.Academic : TrainingKind.NonAcademic,
            Category = category,
            ForProfit = category != TrainingCategory.AcademicSubject && random.Chance(0.7),
            Status = applying ? InstitutionStatus.Applying : InstitutionStatus.Licensed,
            CreditScore = 1000,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Institutions.Add(institution);
        Venues.Add(new Venue { InstitutionId = institution.Id, Address = address, AreaM2 = random.NextInt(200, 1500), CreatedAt = now, UpdatedAt = now });
        if (applying)
        {
            return;
        }

        var issued = today.AddDays(-random.NextInt(60, 1000));
        Permits.Add(new SchoolPermit
        {
            InstitutionId = institution.Id,
            Number = $"教民{DemoRegion}{70000 + index:D5}号",
            Scope = string.Join("、", offer.Courses),
            Address = address,
            IssuedOn = issued,
            ValidUntil = index % 11 == 5 ? today.AddDays(random.NextInt(10, 50)) : issued.AddYears(3).AddDays(random.NextInt(200, 500)),
            CreatedAt = now,
        });
        AddCourses(institution, offer, random, today, now);
        Accounts.Add(Account(institution, FundAccountKind.Custody, random, issued, now));
        Accounts.Add(Account(institution, FundAccountKind.RiskDeposit, random, issued, now));
    }

    private void AddCourses(TrainingInstitution institution, (string Word, string[] Courses, long LessonFen) offer, SeededRandom random, DateOnly today, DateTime now)
    {
        var term = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        foreach (var name in offer.Courses.Take(random.NextInt(2, offer.Courses.Length + 1)))
        {
            Courses.Add(new Course
            {
                InstitutionId = institution.Id,
                Name = name,
                Category = institution.Category,
                Grades = institution.Kind == TrainingKind.Academic ? "初一至初三" : "一年级至六年级",
                LessonPriceFen = offer.LessonFen + random.NextInt(0, 5) * 1000,
                LessonMinutes = institution.Kind == TrainingKind.Academic ? 45 : 60,
                TotalLessons = 24,
                StartsOn = term,
                EndsOn = term.AddMonths(3).AddDays(-1),
                RefundPolicy = "开课前全额退费；开课后按未上课时比例退费，15日内原路退回。",
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }

    private static FundAccount Account(TrainingInstitution institution, FundAccountKind kind, SeededRandom random, DateOnly opened, DateTime now) => new()
    {
        InstitutionId = institution.Id,
        Kind = kind,
        BankName = random.Chance(0.5) ? "中国工商银行上海浦东分行" : "上海农商银行浦东支行",
        AccountName = institution.Name,
        AccountNumber = $"{random.NextInt(1000, 9999)}{random.NextInt(1000_0000, 9999_9999)}{random.NextInt(1000, 9999)}",
        OpenedOn = opened,
        CreatedAt = now,
    };

    private static string CreditCodeFor(int index, bool nonProfit)
    {
        var first17 = $"{(nonProfit ? "52" : "91")}{DemoRegion}{index + 1:D8}X";
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }
}
