namespace EduGov.Matching;

/// <summary>How seats are assigned from the students' lists and the schools' keys.</summary>
public enum Mechanism
{
    /// <summary>
    /// Student-proposing deferred acceptance (延迟接受): schools hold their best applicants tentatively and let go of them only for
    /// better ones; yields the student-optimal stable assignment and is strategy-proof for families.
    /// </summary>
    DeferredAcceptance,

    /// <summary>
    /// Choice by choice (志愿优先, "sequential"): round r offers every still-unplaced student's r-th choice among the schools with
    /// seats left, in the schools' key order; offers are final. This is immediate acceptance as several cities run it.
    /// </summary>
    ChoiceByChoice,
}
