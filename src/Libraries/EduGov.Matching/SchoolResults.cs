using System.Runtime.CompilerServices;

namespace EduGov.Matching;

/// <summary>A student and their key at one school.</summary>
public readonly record struct Applicant(int Student, AdmissionKey Key);

/// <summary>One priority category at one school: applicants, admitted, and the last admitted (the worst key admitted), if any.</summary>
public sealed record CategoryResult(int Priority, int Applicants, int Admitted, Applicant? LastAdmitted);

/// <summary>
/// One school's outcome. <see cref="CutOff"/> is the last admitted applicant overall (the worst key among the students placed
/// there); <see cref="Categories"/> gives the same per priority category, best category first, for every category that applied.
/// </summary>
public sealed record SchoolResult(
    int School,
    int Capacity,
    int Applicants,
    int Admitted,
    Applicant? CutOff,
    IReadOnlyList<CategoryResult> Categories)
{
    /// <summary>True when every seat is taken: only then does the cut-off bind.</summary>
    public bool IsFull => Admitted >= Capacity;
}

/// <summary>
/// Results per school with the cut-off key per category. Definition: a school's cut-off in category p is the key of the
/// lowest-ranked applicant admitted in category p (largest key); its overall cut-off is the lowest-ranked admitted applicant.
/// Under deferred acceptance, at a full school every applicant with a better key than the overall cut-off is admitted there
/// or at a school they listed higher, and nobody with a worse key is admitted; at a school with free seats the cut-off does not
/// bind (every applicant was admitted there or higher). Under choice by choice, a later-round applicant with a better key may
/// have found the school full, so the cut-off only describes who was admitted.
/// </summary>
public static class SchoolResults
{
    /// <summary>The results of every school, in school index order, for an assignment of <paramref name="instance"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<SchoolResult> Compute(MatchingInstance instance, Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(assignment);
        if (assignment.StudentCount != instance.StudentCount)
        {
            throw new ArgumentException("The assignment does not belong to this instance.", nameof(assignment));
        }

        var m = instance.SchoolCount;
        var starts = instance.Starts;
        var schools = instance.Schools;
        var keys = instance.Keys;

        // Group applications by school, as (key, student, admitted) sorted by key: categories then come out in order.
        var groupStart = new int[m + 1];
        foreach (var s in schools)
        {
            groupStart[s + 1]++;
        }

        for (var s = 0; s < m; s++)
        {
            groupStart[s + 1] += groupStart[s];
        }

        var fill = (int[])groupStart.Clone();
        var grouped = new Entry[schools.Length];
        for (var student = 0; student < instance.StudentCount; student++)
        {
            var placedAt = assignment.SchoolOf(student);
            for (var p = starts[student]; p < starts[student + 1]; p++)
            {
                grouped[fill[schools[p]]++] = new Entry(keys[p], student, placedAt == schools[p]);
            }
        }

        var results = new SchoolResult[m];
        for (var s = 0; s < m; s++)
        {
            var entries = grouped.AsSpan(groupStart[s], groupStart[s + 1] - groupStart[s]);
            entries.Sort(default(EntryOrder));
            var categories = new List<CategoryResult>();
            Applicant? cutOff = null;
            var admitted = 0;
            var k = 0;
            while (k < entries.Length)
            {
                var priority = entries[k].Key.Priority;
                var applicants = 0;
                var admittedHere = 0;
                Applicant? last = null;
                for (; k < entries.Length && entries[k].Key.Priority == priority; k++)
                {
                    applicants++;
                    if (entries[k].Admitted)
                    {
                        admittedHere++;
                        last = new Applicant(entries[k].Student, entries[k].Key);
                    }
                }

                categories.Add(new CategoryResult(priority, applicants, admittedHere, last));
                admitted += admittedHere;
                cutOff = last ?? cutOff;
            }

            results[s] = new SchoolResult(s, instance.Capacity(s), entries.Length, admitted, cutOff, categories);
        }

        return results;
    }

    private readonly record struct Entry(AdmissionKey Key, int Student, bool Admitted);

    private readonly struct EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Student.CompareTo(y.Student);
    }
}
