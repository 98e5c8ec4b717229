namespace EduGov.Admission.Domain;

/// <summary>招生轮次状态. The policy can be edited only while the round is a draft.</summary>
public enum RoundStatus
{
    Draft = 1,
    Open = 2,
    Frozen = 3,
    Drawn = 4,
    Published = 5,
    Closed = 6,
}

/// <summary>公办 or 民办: a family chooses one, final once confirmed (公民同招).</summary>
public enum ApplicationKind
{
    Public = 1,
    Private = 2,
}

public enum ApplicationStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Verified = 4,
    Rejected = 5,
    Offered = 6,
    Unplaced = 7,
    Enrolled = 8,
    Withdrawn = 9,
}

/// <summary>The child's relation to the householder (户主) or the property owner (产权人).</summary>
public enum Relation
{
    Self = 1,
    Parent = 2,
    Grandparent = 3,
    Other = 4,
}

/// <summary>Which house numbers of a street a catchment rule covers.</summary>
public enum HouseNumberParity
{
    All = 1,
    Odd = 2,
    Even = 3,
}

public enum DocumentKind
{
    Hukou = 1,
    Property = 2,
    Lease = 3,
    ResidencePermit = 4,
    BirthCertificate = 5,
    Other = 6,
}

/// <summary>Shared (single tie-breaking): one lottery number per child for every school; PerSchool: one per child and school.</summary>
public enum TieBreakKind
{
    Shared = 1,
    PerSchool = 2,
}

public enum AssignmentMechanism
{
    DeferredAcceptance = 1,
    ChoiceByChoice = 2,
}

/// <summary>How a child ended up where they are: offer by lottery/category, overflow placement, or a freed seat.</summary>
public enum OfferRoute
{
    MainRound = 1,
    Overflow = 2,
    FreedSeat = 3,
    Appeal = 4,
}

public enum AppealStatus
{
    Pending = 1,
    Upheld = 2,
    Dismissed = 3,
}

public enum ApplicationAction
{
    Created = 1,
    Submitted = 2,
    Returned = 3,
    Resubmitted = 4,
    Verified = 5,
    Rejected = 6,
    Offered = 7,
    Unplaced = 8,
    OfferDeclined = 9,
    SeatOffered = 10,
    Enrolled = 11,
    Withdrawn = 12,
    Appealed = 13,
    AppealDecided = 14,
}
