using System.Runtime.CompilerServices;

namespace EduGov.Matching;

/// <summary>
/// Student-proposing deferred acceptance with capacities (Gale–Shapley). Each free student proposes to the next school on their
/// list; a school with a free seat holds the proposal, a full school keeps its best applicants by key and lets go of the worst.
/// Every school keeps the students it holds in a bounded max-heap keyed by their key, so one proposal costs O(log seats) and the
/// whole run O(L log q) for L applications; memory is a few integer arrays of size L, students and seats. The result is the
/// student-optimal stable assignment, whatever the order in which students propose.
/// </summary>
public static class DeferredAcceptance
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

        // A school never holds more than its applicants, so the heaps are sized min(capacity, applicants).
        var seats = new int[m];
        foreach (var s in schools)
        {
            seats[s]++;
        }

        var heapStart = new int[m];
        var total = 0;
        for (var s = 0; s < m; s++)
        {
            seats[s] = Math.Min(seats[s], instance.Capacities[s]);
            heapStart[s] = total;
            total += seats[s];
        }

        var heap = new Held[total];
        var size = new int[m];
        var next = new int[n];
        Array.Copy(starts, next, n);
        var held = new int[n];
        Array.Fill(held, -1);

        for (var first = 0; first < n; first++)
        {
            var student = first;
            while (student >= 0)
            {
                var p = next[student];
                if (p == starts[student + 1])
                {
                    break;
                }

                next[student] = p + 1;
                var school = schools[p];
                var proposal = new Held(keys[p].Value, student);
                var count = size[school];
                var offset = heapStart[school];
                if (count < seats[school])
                {
                    SiftUp(heap, offset, count, proposal);
                    size[school] = count + 1;
                    held[student] = p;
                    student = -1;
                }
                else if (count > 0 && proposal.IsBetterThan(heap[offset]))
                {
                    var displaced = heap[offset].Student;
                    SiftDown(heap, offset, count, proposal);
                    held[student] = p;
                    held[displaced] = -1;
                    student = displaced;
                }
            }
        }

        var schoolOf = new int[n];
        var choiceOf = new int[n];
        long considered = 0;
        for (var i = 0; i < n; i++)
        {
            considered += next[i] - starts[i];
            schoolOf[i] = held[i] < 0 ? Assignment.Unplaced : schools[held[i]];
            choiceOf[i] = held[i] < 0 ? -1 : held[i] - starts[i];
        }

        return new Assignment(schoolOf, choiceOf, considered);
    }

    /// <summary>Adds <paramref name="item"/> to the heap of <paramref name="count"/> entries starting at <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SiftUp(Held[] heap, int offset, int count, Held item)
    {
        var i = count;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!heap[offset + parent].IsBetterThan(item))
            {
                break;
            }

            heap[offset + i] = heap[offset + parent];
            i = parent;
        }

        heap[offset + i] = item;
    }

    /// <summary>Replaces the top (the worst held) with <paramref name="item"/> and restores the heap order.</summary>
    private static void SiftDown(Held[] heap, int offset, int count, Held item)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && heap[offset + child].IsBetterThan(heap[offset + child + 1]))
            {
                child++;
            }

            if (!item.IsBetterThan(heap[offset + child]))
            {
                break;
            }

            heap[offset + i] = heap[offset + child];
            i = child;
        }

        heap[offset + i] = item;
    }

    /// <summary>A tentatively held student and their key at the school; the heap's top is the worst one.</summary>
    private readonly struct Held(ulong key, int student)
    {
        public ulong Key { get; } = key;

        public int Student { get; } = student;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsBetterThan(Held other) => Key < other.Key || (Key == other.Key && Student < other.Student);
    }
}
