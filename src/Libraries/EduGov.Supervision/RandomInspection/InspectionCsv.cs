using System.Security.Cryptography;
using System.Text;
using EduGov.Lottery;

namespace EduGov.Supervision.RandomInspection;

/// <summary>
/// The published files of a draw, as text (UTF-8 without BOM, "\n" line ends, RFC 4180 quoting only where needed):
/// <list type="bullet">
/// <item><c>targets.csv</c>: <c>token,grade,area,recent</c> (recent <c>true</c>/<c>false</c>; area and recent may be left out when read);</item>
/// <item><c>inspectors.csv</c>: <c>token,name,areas,conflicts</c> (areas and conflicts separated by ";"; name, areas and conflicts may be left out);</item>
/// <item><c>draw.csv</c>: <c>token,grade,rank,number,result,team</c> (result <c>selected</c>/<c>not_selected</c>/<c>excluded</c>;
/// team = officer tokens separated by ";" in the order drawn), by grade then rank.</item>
/// </list>
/// Written files are canonical (rows in code-point order of token, lists sorted), so the manifest digest
/// <c>SHA-256(targets.csv ‖ inspectors.csv)</c> — <c>cat targets.csv inspectors.csv | sha256sum</c> — is the same wherever it is computed.
/// </summary>
public static class InspectionCsv
{
    public const string TargetsHeader = "token,grade,area,recent";
    public const string InspectorsHeader = "token,name,areas,conflicts";
    public const string DrawHeader = "token,grade,rank,number,result,team";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string WriteTargets(IEnumerable<DrawTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var list = targets.ToList();
        DrawTokens.CheckTargets(list);
        var text = new StringBuilder(TargetsHeader).Append('\n');
        foreach (var t in list.OrderBy(t => t.Token, CodePointOrder.Instance))
        {
            text.Append(t.Token).Append(',').Append(t.Grade).Append(',').Append(Quote(t.Area)).Append(',').Append(t.RecentlyInspected ? "true" : "false").Append('\n');
        }

        return text.ToString();
    }

    public static string WriteInspectors(IEnumerable<DrawInspector> inspectors)
    {
        ArgumentNullException.ThrowIfNull(inspectors);
        var list = inspectors.ToList();
        DrawTokens.CheckInspectors(list);
        var text = new StringBuilder(InspectorsHeader).Append('\n');
        foreach (var i in list.OrderBy(i => i.Token, CodePointOrder.Instance))
        {
            text.Append(i.Token).Append(',').Append(Quote(i.Name)).Append(',').Append(Quote(List(i.Areas))).Append(',').Append(List(i.Conflicts)).Append('\n');
        }

        return text.ToString();
    }

    public static string WriteDraw(InspectionDrawResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder(DrawHeader).Append('\n');
        foreach (var row in result.Rows)
        {
            text.Append(row.Token).Append(',').Append(row.Grade).Append(',').Append(row.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
                .Append(',').Append(row.Number.ToString()).Append(',').Append(OutcomeText(row.Outcome)).Append(',').Append(string.Join(';', row.Team)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The manifest digest bound into the seed: SHA-256 of the UTF-8 bytes of targets.csv followed by inspectors.csv.</summary>
    public static string ManifestSha256(string targetsCsv, string inspectorsCsv) =>
        Convert.ToHexStringLower(SHA256.HashData(Utf8.GetBytes(targetsCsv + inspectorsCsv)));

    public static string OutcomeText(TargetOutcome outcome) => outcome switch
    {
        TargetOutcome.Selected => "selected",
        TargetOutcome.NotSelected => "not_selected",
        _ => "excluded",
    };

    public static IReadOnlyList<DrawTarget> ReadTargets(string csv)
    {
        var table = CsvTable.Parse(csv, "targets.csv", required: ["token", "grade"], optional: ["area", "recent"]);
        return [.. table.Rows.Select(row => new DrawTarget(row.Get("token"), row.Get("grade"), row.Get("area"), Recent(row)))];
    }

    public static IReadOnlyList<DrawInspector> ReadInspectors(string csv)
    {
        var table = CsvTable.Parse(csv, "inspectors.csv", required: ["token"], optional: ["name", "areas", "conflicts"]);
        return [.. table.Rows.Select(row => new DrawInspector(row.Get("token"), row.Get("name"), Split(row.Get("areas")), Split(row.Get("conflicts"))))];
    }

    private static bool Recent(CsvTable.Row row) => row.Get("recent") switch
    {
        "" or "false" => false,
        "true" => true,
        var other => throw new RandomInspectionException($"targets.csv 第 {row.Line} 行：recent 应为 true 或 false，当前为“{other}”。"),
    };

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(';');

    private static string List(IEnumerable<string> items) => string.Join(';', items.Distinct(StringComparer.Ordinal).Order(CodePointOrder.Instance));

    private static string Quote(string field) =>
        field.AsSpan().ContainsAny(",\"") ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
