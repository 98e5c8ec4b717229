using System.Globalization;
using EduGov.Registry.Contracts;

namespace EduGov.Inspection.Inspectors;

/// <summary>The stages an inspector covers, stored as <see cref="Stage"/> codes joined by commas ("2,3").</summary>
internal static class InspectorStages
{
    public static string Join(IEnumerable<Stage> stages) =>
        string.Join(",", stages.Distinct().Order().Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<Stage> Parse(string stages) =>
        [.. stages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (Stage)value : default)
            .Where(Enum.IsDefined)];

    /// <summary>The pattern a stage code has inside the stored list wrapped in commas (",2,3," contains ",3,").</summary>
    public static string Token(Stage stage) => string.Create(CultureInfo.InvariantCulture, $",{(int)stage},");
}
