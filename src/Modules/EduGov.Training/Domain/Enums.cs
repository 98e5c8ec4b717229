namespace EduGov.Training.Domain;

/// <summary>学科类 / 非学科类.</summary>
public enum TrainingKind
{
    Academic = 1,
    NonAcademic = 2,
}

/// <summary>The categories 双减 requires localities to tell apart; academic training has its own.</summary>
public enum TrainingCategory
{
    AcademicSubject = 1,
    Sports = 2,
    ArtsCulture = 3,
    Science = 4,
    Other = 9,
}

public enum TrainingMode
{
    Offline = 1,
    Online = 2,
}

public enum InstitutionStatus
{
    /// <summary>申请中: registered on the portal, not licensed yet.</summary>
    Applying = 1,
    Licensed = 2,

    /// <summary>责令停止招收学员: licensed, but may not enrol or charge.</summary>
    Suspended = 3,
    Closing = 4,
    Closed = 5,
    Revoked = 6,
    Refused = 7,
}

public enum PermitStatus
{
    Valid = 1,
    Superseded = 2,
    Expired = 3,
    Revoked = 4,
    Cancelled = 5,
}

public enum FundAccountKind
{
    Custody = 1,
    RiskDeposit = 2,
}

public enum CreditGrade
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
}

/// <summary>提醒 → 黄牌 → 红牌 (two yellows make a red).</summary>
public enum CardLevel
{
    None = 0,
    Reminder = 1,
    Yellow = 2,
    Red = 3,
}

public enum ListStatus
{
    None = 0,
    White = 1,
    Black = 2,
}

public enum AlertKind
{
    BalanceShortfall = 1,
    PaymentSurge = 2,
    RefundPileUp = 3,
    PermitExpiring = 4,
    VenueChanged = 5,
    DepositShort = 6,
    ReconciliationDifference = 7,
}

public enum AlertStatus
{
    Open = 1,
    Handled = 2,
    Resolved = 3,
}

public enum AlertSeverity
{
    Notice = 1,
    Warning = 2,
    Serious = 3,
}
