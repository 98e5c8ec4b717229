using EduGov.Training.Domain;

namespace EduGov.Training.Institutions;

/// <summary>Editable forms of the proposed values for the portal's change page, filled from the current record when one is chosen.</summary>
public sealed class ChangeModels
{
    public FactsModel Profile { get; set; } = new();
    public string VenueAddress { get; set; } = "";
    public decimal VenueArea { get; set; }
    public bool VenueActive { get; set; } = true;
    public string StaffName { get; set; } = "";
    public string StaffIdNumber { get; set; } = "";
    public bool StaffTeaches { get; set; } = true;
    public string StaffSubjects { get; set; } = "";
    public string StaffQualification { get; set; } = "";
    public DateTime? StaffHiredOn { get; set; }
    public DateTime? StaffLeftOn { get; set; }
    public string CourseName { get; set; } = "";
    public TrainingCategory CourseCategory { get; set; } = TrainingCategory.ArtsCulture;
    public string CourseGrades { get; set; } = "";

    /// <summary>Typed in yuan on the page; sent and stored in fen.</summary>
    public decimal CoursePriceYuan { get; set; }
    public int CourseMinutes { get; set; } = 45;
    public int CourseLessons { get; set; }
    public DateTime? CourseStartsOn { get; set; }
    public DateTime? CourseEndsOn { get; set; }
    public string CourseRefundPolicy { get; set; } = "";
    public bool CourseActive { get; set; } = true;
    public FundAccountKind AccountKind { get; set; } = FundAccountKind.Custody;
    public string AccountBank { get; set; } = "";
    public string AccountName { get; set; } = "";
    public string AccountNumber { get; set; } = "";
    public DateTime? AccountOpenedOn { get; set; }
    public bool AccountActive { get; set; } = true;

    public void Load(GetInstitution.Detail detail, ChangeKind kind, Guid? target, DateOnly today)
    {
        var start = today.ToDateTime(TimeOnly.MinValue);
        Profile = FactsModel.From(InstitutionFacts.Of(detail.Institution));
        var venue = detail.Venues.FirstOrDefault(v => v.Id == target);
        (VenueAddress, VenueArea, VenueActive) = venue is null ? (detail.CurrentPermit?.Address ?? "", 0m, true) : (venue.Address, venue.AreaM2, venue.Active);
        var staff = detail.Staff.FirstOrDefault(s => s.Id == target);
        StaffName = staff?.Name ?? "";
        StaffIdNumber = "";
        StaffTeaches = staff?.Teaches ?? true;
        StaffSubjects = staff?.Subjects ?? "";
        StaffQualification = staff?.QualificationNumber ?? "";
        StaffHiredOn = staff?.HiredOn.ToDateTime(TimeOnly.MinValue) ?? start;
        StaffLeftOn = staff?.LeftOn?.ToDateTime(TimeOnly.MinValue);
        var course = detail.Courses.FirstOrDefault(c => c.Id == target);
        CourseName = course?.Name ?? "";
        CourseCategory = course?.Category ?? detail.Institution.Category;
        CourseGrades = course?.Grades ?? "";
        CoursePriceYuan = (course?.LessonPriceFen ?? 0) / 100m;
        CourseMinutes = course?.LessonMinutes ?? 45;
        CourseLessons = course?.TotalLessons ?? 0;
        CourseStartsOn = course?.StartsOn.ToDateTime(TimeOnly.MinValue) ?? start;
        CourseEndsOn = course?.EndsOn.ToDateTime(TimeOnly.MinValue) ?? start;
        CourseRefundPolicy = course?.RefundPolicy ?? "";
        CourseActive = course?.Active ?? true;
        var account = detail.Accounts.FirstOrDefault(a => a.Id == target);
        AccountKind = account?.Kind ?? FundAccountKind.Custody;
        AccountBank = account?.BankName ?? "";
        AccountName = account?.AccountName ?? detail.Institution.Name;
        AccountNumber = account?.AccountNumber ?? "";
        AccountOpenedOn = account?.OpenedOn.ToDateTime(TimeOnly.MinValue) ?? start;
        AccountActive = account?.Active ?? true;
    }

    public ProposeChange.Command ToCommand(ChangeKind kind, Guid? target) => kind switch
    {
        ChangeKind.Profile => new(kind, null) { Profile = Profile.ToFacts() },
        ChangeKind.Venue => new(kind, target) { Venue = new VenueValues(VenueAddress ?? "", VenueArea, VenueActive) },
        ChangeKind.Staff => new(kind, target)
        {
            Staff = new StaffValues(StaffName ?? "", StaffIdNumber ?? "", StaffTeaches, StaffSubjects ?? "", StaffQualification ?? "", Day(StaffHiredOn), StaffLeftOn is { } left ? DateOnly.FromDateTime(left) : null),
        },
        ChangeKind.Course => new(kind, target)
        {
            Course = new CourseValues(CourseName ?? "", CourseCategory, CourseGrades ?? "", (long)Math.Round(CoursePriceYuan * 100m, MidpointRounding.AwayFromZero), CourseMinutes, CourseLessons,
                Day(CourseStartsOn), Day(CourseEndsOn), CourseRefundPolicy ?? "", CourseActive),
        },
        _ => new(kind, target) { Account = new AccountValues(AccountKind, AccountBank ?? "", AccountName ?? "", AccountNumber ?? "", Day(AccountOpenedOn), AccountActive) },
    };

    private static DateOnly Day(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : DateOnly.MinValue;
}
