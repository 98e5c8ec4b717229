using System.Runtime.CompilerServices;

namespace EduGov.Matching;

/// <summary>
/// Choice by choice (志愿优先, "sequential" mode): in round r = 0, 1, … every student still unplaced applies to the r-th school
/// on their list if it has seats left; each school admits its applicants of that round in key order until it is full; offers are
/// final. A student whose r-th choice is already full waits for round r+1. Bounded by L applications in all.
/// </summary>
public static class ChoiceByChoice
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Assignment Run(MatchingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var n = instance.StudentCount;
        var m = instance.SchoolCount;
        var starts = instance.Starts;
        var schools = instance.Schools;
        var keys = instance.Keys;
        var remaining = (int[])instance.Capacities.Clone();
        var schoolOf = new int[n];
        Array.Fill(schoolOf, Assignment.Unplaced);
        var choiceOf = new int[n];
        Array.Fill(choiceOf, -1);

        var waiting = new int[n];
        var waitingCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (starts[i + 1] > starts[i])
            {
                waiting[waitingCount++] = i;
            }
        }

        var bucketStart = new int[m + 1];
        var bucket = new Candidate[n];
        long considered = 0;
        for (var round = 0; waitingCount > 0; round++)
        {
            // Count this round's applicants per school (only schools with seats left take applications).
            Array.Clear(bucketStart);
            for (var w = 0; w < waitingCount; w++)
            {
                var s = schools[starts[waiting[w]] + round];
                if (remaining[s] > 0)
                {
                    bucketStart[s + 1]++;
                }
            }

            for (var s = 0; s < m; s++)
            {
                bucketStart[s + 1] += bucketStart[s];
            }

            considered += waitingCount;
            for (var w = 0; w < waitingCount; w++)
            {
                var student = waiting[w];
                var p = starts[student] + round;
                var s = schools[p];
                if (remaining[s] > 0)
                {
                    bucket[bucketStart[s]++] = new Candidate(keys[p].Value, student);
                }
            }

            // bucketStart[s] now points at the end of school s's bucket; the previous school's end is its start.
            var begin = 0;
            for (var s = 0; s < m; s++)
            {
                var end = bucketStart[s];
                var applicants = bucket.AsSpan(begin, end - begin);
                if (applicants.Length > remaining[s])
                {
                    applicants.Sort(default(CandidateOrder));
                    applicants = applicants[..remaining[s]];
                }

                foreach (var candidate in applicants)
                {
                    schoolOf[candidate.Student] = s;
                    choiceOf[candidate.Student] = round;
                }

                remaining[s] -= applicants.Length;
                begin = end;
            }

            // Keep the students still unplaced who have a further choice.
            var kept = 0;
            for (var w = 0; w < waitingCount; w++)
            {
                var student = waiting[w];
                if (schoolOf[student] == Assignment.Unplaced && starts[student] + round + 1 < starts[student + 1])
                {
                    waiting[kept++] = student;
                }
            }

            waitingCount = kept;
        }

        return new Assignment(schoolOf, choiceOf, considered);
    }

    private readonly record struct Candidate(ulong Key, int Student);

    private readonly struct CandidateOrder : IComparer<Candidate>
    {
        public int Compare(Candidate x, Candidate y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Student.CompareTo(y.Student);
    }
}
