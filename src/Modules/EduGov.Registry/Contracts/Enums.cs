namespace EduGov.Registry.Contracts;

/// <summary>学段</summary>
public enum Stage
{
    Preschool = 1,
    Primary = 2,
    Junior = 3,
    Senior = 4,
    Vocational = 5,
    Special = 6,
}

/// <summary>办学性质</summary>
public enum Ownership
{
    Public = 1,
    Private = 2,
    SubsidizedPrivate = 3,
}

/// <summary>学校类型: decides which stages a school teaches.</summary>
public enum SchoolType
{
    Kindergarten = 1,
    Primary = 2,
    Junior = 3,
    NineYear = 4,
    Senior = 5,
    CompleteSecondary = 6,
    TwelveYear = 7,
    Vocational = 8,
    Special = 9,
}

/// <summary>证件类型</summary>
public enum DocumentType
{
    IdCard = 1,
    HkMacaoTaiwanResidencePermit = 2,
    Passport = 3,
    ForeignerPermanentResidence = 4,
}

/// <summary>学籍状态</summary>
public enum StudentStatus
{
    Enrolled = 1,
    Suspended = 2,
    TransferredOut = 3,
    Graduated = 4,
}

/// <summary>学籍异动</summary>
public enum RecordChangeKind
{
    TransferIn = 1,
    TransferOut = 2,
    Suspension = 3,
    Resumption = 4,
    Graduation = 5,
}

public enum ApprovalStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

public enum KeyTeacherLevel
{
    None = 0,
    District = 1,
    City = 2,
    Province = 3,
}

/// <summary>职称</summary>
public enum Title
{
    None = 0,
    Third = 1,
    Second = 2,
    First = 3,
    Senior = 4,
    Professor = 5,
}

public enum Education
{
    HighSchool = 1,
    JuniorCollege = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

public enum EmploymentStatus
{
    Active = 1,
    OnLeave = 2,
    Retired = 3,
    Left = 4,
}

public enum StaffEventKind
{
    Joined = 1,
    SchoolChanged = 2,
    TitleChanged = 3,
    KeyTeacherLevelChanged = 4,
    StatusChanged = 5,
}
