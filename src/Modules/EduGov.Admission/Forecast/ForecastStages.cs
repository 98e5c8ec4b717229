using EduGov.Platform.Errors;
using EduGov.Registry.Contracts;

namespace EduGov.Admission.Forecast;

/// <summary>The two stages forecast, their grades and default class caps, and the school year of a date.</summary>
internal static class ForecastStages
{
    public static readonly IReadOnlyList<Stage> All = [Stage.Primary, Stage.Junior];

    public static int EntryGrade(Stage stage) => stage == Stage.Primary ? 1 : 7;

    public static int LastGrade(Stage stage) => stage == Stage.Primary ? 6 : 9;

    /// <summary>班额 when no admission round sets one: 45 primary, 50 junior (Shanghai 2021; rules file §1.1).</summary>
    public static int DefaultClassCap(Stage stage) => stage == Stage.Primary ? 45 : 50;

    public static bool Teaches(SchoolRef school, Stage stage) => StageNames.StagesOf(school.Type).Contains(stage);

    /// <summary>Whether pupils of <paramref name="grade"/> at a school of this type belong to a stage it teaches (1–9 only).</summary>
    public static bool Teaches(SchoolType type, int grade) =>
        grade is >= 1 and <= 9 && StageNames.StagesOf(type).Contains(StageNames.StageOfGrade(grade, type));

    /// <summary>The school year of a date: the year of the latest 1 September.</summary>
    public static int SchoolYear(DateOnly today) => today.Month >= 9 ? today.Year : today.Year - 1;

    /// <summary>The cohort being born on a date (born 1 Sep Y−1 – 31 Aug Y): the latest cohort whose births can be counted.</summary>
    public static int CohortYear(DateOnly today) => SchoolYear(today) + 1;

    public static void EnsureForecast(Stage stage)
    {
        if (!All.Contains(stage))
        {
            throw new InvalidInputException("stage", "学龄人口预测只分小学和初中两个学段");
        }
    }
}
