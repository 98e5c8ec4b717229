namespace EduGov.Supervision.RandomInspection;

/// <summary>The checks on tokens, grades, areas and names: they are hashed and written to CSV, so every implementation must agree.</summary>
internal static class DrawTokens
{
    /// <summary>Characters a token may not contain: the lottery's separator, the pair separator, the list separator, the CSV comma and quote.</summary>
    private const string Forbidden = "|/;,\"";

    public static void CheckTargets(IReadOnlyList<DrawTarget> targets)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            Token(target.Token, "检查对象 token");
            Token(target.Grade, $"检查对象“{target.Token}”的等级");
            Text(target.Area, $"检查对象“{target.Token}”的区域", allowSemicolon: false);
            if (!seen.Add(target.Token))
            {
                throw new RandomInspectionException($"检查对象“{target.Token}”重复出现：每家机构在名录中只能出现一次。");
            }
        }
    }

    public static void CheckInspectors(IReadOnlyList<DrawInspector> inspectors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inspector in inspectors)
        {
            Token(inspector.Token, "执法人员 token（执法证号）");
            Text(inspector.Name, $"执法人员“{inspector.Token}”的姓名", allowSemicolon: false);
            foreach (var area in inspector.Areas)
            {
                Text(area, $"执法人员“{inspector.Token}”的区域", allowSemicolon: false);
            }

            foreach (var conflict in inspector.Conflicts)
            {
                Token(conflict, $"执法人员“{inspector.Token}”的回避对象");
            }

            if (!seen.Add(inspector.Token))
            {
                throw new RandomInspectionException($"执法人员“{inspector.Token}”重复出现：每人在名录中只能出现一次。");
            }
        }
    }

    public static void Token(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new RandomInspectionException($"{name}不能为空。");
        }

        if (value.Trim().Length != value.Length || value.AsSpan().ContainsAny(Forbidden) || value.AsSpan().ContainsAny('\r', '\n'))
        {
            throw new RandomInspectionException($"{name}“{value}”不能以空白开头或结尾，也不能含 | / ; , \" 或换行。");
        }
    }

    public static void Text(string? value, string name, bool allowSemicolon)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (value.AsSpan().ContainsAny('\r', '\n') || (!allowSemicolon && value.Contains(';', StringComparison.Ordinal))
            || value.Trim().Length != value.Length)
        {
            throw new RandomInspectionException($"{name}“{value}”不能含换行或分号，也不能以空白开头或结尾。");
        }
    }
}
