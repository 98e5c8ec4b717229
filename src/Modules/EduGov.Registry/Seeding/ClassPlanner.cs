using EduGov.Platform.Demo;
using EduGov.Registry.Contracts;

namespace EduGov.Registry.Seeding;

/// <summary>Splits a school's pupils over its grades and into classes filled to about 90% of the class-size cap.</summary>
internal static class ClassPlanner
{
    private const double FillRate = 0.9;
    private const double CohortVariation = 0.2;

    public static IReadOnlyList<ClassPlan> Plan(SeededRandom random, SchoolPlan plan, int schoolYear)
    {
        var grades = StageNames.GradesOf(plan.School.Type);
        var perGrade = (double)plan.Pupils / grades.Count;
        var classes = new List<ClassPlan>();
        foreach (var grade in grades)
        {
            var cohort = Math.Max(1, (int)Math.Round(perGrade * (1 - (CohortVariation / 2) + (random.NextDouble() * CohortVariation))));
            var entryYear = schoolYear - (grade - grades[0]);
            classes.AddRange(SplitCohort(grade, entryYear, cohort, ClassSizeCap(plan.School.Type, grade)));
        }

        return classes;
    }

    /// <summary>
    /// 幼儿园工作规程: 小班 25, 中班 30, 大班 35; 小学 45 and 中学 50 (国家班额标准); 中职 45; 特殊教育 12.
    /// </summary>
    public static int ClassSizeCap(SchoolType type, int grade) => (type, grade) switch
    {
        (SchoolType.Special, _) => 12,
        (SchoolType.Vocational, _) => 45,
        (_, -2) => 25,
        (_, -1) => 30,
        (_, 0) => 35,
        (_, <= 6) => 45,
        _ => 50,
    };

    /// <summary>As few classes as keep each at most <see cref="FillRate"/> of the cap, with sizes differing by at most one.</summary>
    private static IEnumerable<ClassPlan> SplitCohort(int grade, int entryYear, int cohort, int cap)
    {
        var target = Math.Max(1, (int)(cap * FillRate));
        var count = (cohort + target - 1) / target;
        for (var number = 1; number <= count; number++)
        {
            var size = (cohort / count) + (number <= cohort % count ? 1 : 0);
            yield return new ClassPlan(grade, number, entryYear, cap, size);
        }
    }
}
