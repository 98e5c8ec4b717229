namespace EduGov.Admission.Domain;

/// <summary>学位: a school's entry-grade places in a round = planned classes × the class cap, unless overridden with a reason.</summary>
public sealed class SeatPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }
    public Guid SchoolId { get; set; }
    public int PlannedClasses { get; set; }
    public int ClassCap { get; set; }
    public int? SeatsOverride { get; set; }
    public string OverrideReason { get; set; } = "";
    public DateTime UpdatedAt { get; set; }

    public int Seats => SeatsOverride ?? PlannedClasses * ClassCap;
}

/// <summary>
/// 对口地段: one address rule of a public school — a street with an optional house-number range and parity, or a
/// residential estate (小区). An address matches when it names the street (and its number is in range) or the estate.
/// </summary>
public sealed class CatchmentRule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public string Street { get; set; } = "";
    public int? FromNumber { get; set; }
    public int? ToNumber { get; set; }
    public HouseNumberParity Parity { get; set; } = HouseNumberParity.All;
    public string Estate { get; set; } = "";
    public string Note { get; set; } = "";
}

/// <summary>出生人口: births in the district by school-age year (1 Sep – 31 Aug), optionally per catchment school.</summary>
public sealed class BirthCount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The calendar year in which the cohort's school-age year ends (born 1 Sep Y-1 – 31 Aug Y).</summary>
    public int CohortYear { get; set; }
    public Guid? SchoolId { get; set; }
    public int Births { get; set; }
}

/// <summary>在校生: pupils of one grade of one school in one school year (the year it starts), the history forecasts learn from.</summary>
public sealed class GradeEnrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public Guid SchoolId { get; set; }
    public int Grade { get; set; }
    public int Pupils { get; set; }
}
