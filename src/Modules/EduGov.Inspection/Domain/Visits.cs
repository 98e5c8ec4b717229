namespace EduGov.Inspection.Domain;

/// <summary>One planned visit of an inspector to a school in a month (督导任务).</summary>
internal sealed class PlannedVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InspectorId { get; set; }
    public Guid SchoolId { get; set; }

    /// <summary>The first day of the planned month.</summary>
    public DateOnly Month { get; set; }

    /// <summary>1-based when several visits per month are planned.</summary>
    public int Sequence { get; set; } = 1;

    public PlannedVisitStatus Status { get; set; } = PlannedVisitStatus.Planned;
    public Guid? VisitId { get; set; }
}

/// <summary>督导记录: one visit to a school, by the eight items or by a checklist template.</summary>
internal sealed class Visit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SchoolId { get; set; }
    public Guid InspectorId { get; set; }
    public Guid? PlannedVisitId { get; set; }
    public InspectionKind Kind { get; set; } = InspectionKind.Routine;
    public Guid? TemplateId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public VisitMethods Methods { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>突发事件: reported straight to the bureau, its findings opened as critical issues.</summary>
    public bool IsEmergency { get; set; }

    public VisitStatus Status { get; set; } = VisitStatus.Draft;

    /// <summary>Weighted score out of 100 when recorded against a template.</summary>
    public decimal? Score { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public List<VisitEntry> Entries { get; set; } = [];
}

/// <summary>What was seen on one supervision item or checklist line of a visit.</summary>
internal sealed class VisitEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid VisitId { get; set; }
    public SupervisionItem Item { get; set; }
    public Guid? ChecklistItemId { get; set; }
    public bool Checked { get; set; }

    /// <summary>Points given against the checklist line's maximum; null on routine visits.</summary>
    public decimal? Points { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>A checklist for thematic or comprehensive inspections: lines with weights and maximum points.</summary>
internal sealed class ChecklistTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public InspectionKind Kind { get; set; }
    public string Description { get; set; } = "";
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public List<ChecklistItem> Items { get; set; } = [];
}

internal sealed class ChecklistItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TemplateId { get; set; }
    public int Order { get; set; }
    public SupervisionItem Item { get; set; }
    public string Text { get; set; } = "";
    public decimal Weight { get; set; }
    public decimal MaxPoints { get; set; }
}
