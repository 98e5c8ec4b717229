namespace EduGov.Inspection.Domain;

/// <summary>An item of a school's 问题清单. Never deleted: its <see cref="IssueEvent"/>s are the history of the loop.</summary>
internal sealed class Issue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>问题编号, e.g. 2026-0042: year of opening and a district-wide sequence.</summary>
    public string Number { get; set; } = "";

    public Guid SchoolId { get; set; }
    public Guid? VisitId { get; set; }
    public Guid? InspectorId { get; set; }
    public IssueSource Source { get; set; }
    public SupervisionItem Item { get; set; }
    public string Description { get; set; } = "";
    public IssueSeverity Severity { get; set; }

    /// <summary>The rule the finding breaks (依据), e.g. 《义务教育学校管理标准》第 … 条.</summary>
    public string Rule { get; set; } = "";

    /// <summary>What the item is about when it is not a visit's finding, e.g. <c>balanced:2026:primary:key_teachers_per_100</c>,
    /// so the same shortfall is not listed twice.</summary>
    public string? Reference { get; set; }

    public DateOnly OpenedOn { get; set; }
    public DateOnly Deadline { get; set; }
    public IssueStatus Status { get; set; } = IssueStatus.Open;

    /// <summary>一校一策: the school's measures, who is responsible and by when.</summary>
    public string PlanMeasures { get; set; } = "";
    public string PlanOwner { get; set; } = "";
    public DateOnly? PlanDueOn { get; set; }

    public DateTime? EscalatedAt { get; set; }
    public DateTime? LastRemindedAt { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string OpenedByName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public List<IssueEvent> Events { get; set; } = [];
}

internal sealed class IssueEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IssueId { get; set; }
    public IssueEventKind Kind { get; set; }
    public IssueStatus StatusAfter { get; set; }
    public string Text { get; set; } = "";
    public Guid ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public DateTime At { get; set; }
}
