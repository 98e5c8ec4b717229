namespace EduGov.Inspection.Domain;

/// <summary>The eight supervision items of 《中小学校责任督学挂牌督导办法》 (国教督办〔2013〕2号) Art. 4.</summary>
public enum SupervisionItem
{
    SchoolAffairs = 1,
    AdmissionAndFees = 2,
    CurriculumAndTeaching = 3,
    StudentWorkloadAndExercise = 4,
    TeacherEthicsAndDevelopment = 5,
    CampusSafety = 6,
    CanteenWaterDormitory = 7,
    SchoolEthos = 8,
}

/// <summary>经常性督导 / 专项督导 / 综合督导</summary>
public enum InspectionKind
{
    Routine = 1,
    Thematic = 2,
    Comprehensive = 3,
}

/// <summary>Methods of Art. 6: 随机听课、查阅资料、列席会议、座谈走访、问卷调查, and campus patrol.</summary>
[Flags]
public enum VisitMethods
{
    None = 0,
    ClassObservation = 1,
    DocumentReview = 2,
    MeetingAttendance = 4,
    Interviews = 8,
    Questionnaire = 16,
    CampusPatrol = 32,
}

public enum InspectorEmployment
{
    FullTime = 1,
    PartTime = 2,
}

public enum VisitStatus
{
    Draft = 1,
    Submitted = 2,
}

public enum PlannedVisitStatus
{
    Planned = 1,
    Done = 2,
    Cancelled = 3,
}

public enum IssueSeverity
{
    Minor = 1,
    Serious = 2,
    Critical = 3,
}

/// <summary>Where an issue-list item came from.</summary>
public enum IssueSource
{
    Visit = 1,
    Emergency = 2,
    BalancedDevelopment = 3,
}

/// <summary>
/// The closed loop of one issue-list item: 下达 → 整改中 (plan submitted) → 待复查 (school reports it fixed, with evidence)
/// → 待销号 (inspector's re-check passed) → 已销号. Re-check failures and send-backs return it to 整改中.
/// </summary>
public enum IssueStatus
{
    Open = 1,
    Rectifying = 2,
    AwaitingRecheck = 3,
    AwaitingCloseOut = 4,
    ClosedOut = 5,
}

public enum IssueEventKind
{
    Opened = 1,
    PlanSubmitted = 2,
    ProgressReported = 3,
    ReportedFixed = 4,
    RecheckPassed = 5,
    RecheckFailed = 6,
    ClosedOut = 7,
    SentBack = 8,
    Escalated = 9,
    Reminded = 10,
}

public enum AttachmentOwner
{
    Visit = 1,
    IssueEvent = 2,
    Inspector = 3,
}
