using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EduGov.Metrics.BalancedDevelopment;

namespace EduGov.Cli;

/// <summary>
/// <c>edugov metrics</c>: indicator computations from files, without the database.
/// <c>edugov metrics balanced --schools schools.csv --out result.csv [--policy policy.json]</c> evaluates 优质均衡
/// (the seven indicators per school and the enrolment-weighted difference coefficients per stage); the formats are in
/// docs/balanced-development.md. Exit codes: 0 done, 2 a file cannot be read or is wrong (every problem is listed on
/// standard error with its line number) or the result cannot be written.
/// </summary>
public static class MetricsCommands
{
    private const int FileError = 2;
    private const int MaxErrorsShown = 100;
    private const decimal MaxQuantity = 1_000_000_000_000_000m;
    private const string DistrictScope = "district";
    private const string SchoolStandardRow = "school_standard";

    private static readonly string[] Columns =
    [
        "school_id", "stage", "enrolment", "qualified_teachers", "key_teachers", "pe_art_teachers",
        "teaching_space_m2", "sports_space_m2", "equipment_value_yuan", "multimedia_classrooms",
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var schools = new Option<FileInfo>("--schools") { Description = "学校数据 CSV（UTF-8）：school_id,stage,enrolment,qualified_teachers,…", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "结果 CSV：scope,stage,indicator,value,threshold,pass", Required = true };
        var policy = new Option<FileInfo?>("--policy") { Description = "政策 JSON：覆盖国家标准（教督〔2017〕6号）的阈值，未列出的取国家标准" };
        var balanced = new Command("balanced", "优质均衡资源配置：各校七项指标与达标情况，区县分学段各指标差异系数（按在校生数加权）") { schools, output, policy };
        balanced.SetAction(result => RunBalanced(result.GetValue(schools)!, result.GetValue(output)!, result.GetValue(policy), Console.Out, Console.Error));
        return new Command("metrics", "指标计算（读写文件，不访问数据库）") { balanced };
    }

    internal static int RunBalanced(FileInfo schoolsFile, FileInfo outFile, FileInfo? policyFile, TextWriter output, TextWriter errors)
    {
        var policy = BalancedDevelopmentPolicy.National2017;
        if (policyFile is not null)
        {
            if (!TryReadText(policyFile, errors, out var json))
            {
                return FileError;
            }

            var problems = new List<string>();
            var custom = ReadPolicy(json, policyFile.Name, problems);
            if (custom is null || problems.Count > 0)
            {
                Report(errors, policyFile.Name, problems);
                return FileError;
            }

            policy = custom;
        }

        if (!TryReadText(schoolsFile, errors, out var csv))
        {
            return FileError;
        }

        var rowErrors = new List<string>();
        var rows = ReadSchools(csv, rowErrors);
        if (rowErrors.Count > 0)
        {
            Report(errors, schoolsFile.Name, rowErrors);
            return FileError;
        }

        BalancedDevelopmentResult result;
        try
        {
            result = BalancedDevelopmentEvaluator.Evaluate(rows.Select(r => r.School), policy);
        }
        catch (ArgumentException e)
        {
            errors.WriteLine(e.Message);
            return FileError;
        }

        foreach (var skipped in rows.Where(r => result.NotEvaluated.Contains(r.School)))
        {
            errors.WriteLine($"提示：{schoolsFile.Name} 第 {skipped.Line} 行 学校 {skipped.School.SchoolId}（{skipped.School.Stage.Code()}）在校生数为 0，各项指标无定义：不评估、不输出、不计入差异系数。");
        }

        if (!OutputFile.TryWrite(outFile.FullName, WriteResult(result), errors))
        {
            return FileError;
        }

        Summarize(result, outFile, output);
        return 0;
    }

    private static bool TryReadText(FileInfo file, TextWriter errors, out string text)
    {
        text = "";
        if (!file.Exists)
        {
            errors.WriteLine($"找不到文件：{file.FullName}");
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"无法读取文件 {file.FullName}：{(e is UnauthorizedAccessException ? "没有读取权限" : e.Message)}");
            return false;
        }

        var preamble = StrictUtf8.Preamble;
        var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException)
        {
            errors.WriteLine($"{file.Name} 不是 UTF-8 编码的文本（Excel 请另存为“CSV UTF-8（逗号分隔）”）。");
            return false;
        }
    }

    private static void Report(TextWriter errors, string fileName, List<string> problems)
    {
        errors.WriteLine($"{fileName} 有 {problems.Count} 处错误，未计算：");
        foreach (var problem in problems.Take(MaxErrorsShown))
        {
            errors.WriteLine($"  {problem}");
        }

        if (problems.Count > MaxErrorsShown)
        {
            errors.WriteLine($"  ……另有 {problems.Count - MaxErrorsShown} 处错误");
        }
    }

    private sealed record SchoolRow(int Line, SchoolResources School);

    private static List<SchoolRow> ReadSchools(string csv, List<string> errors)
    {
        var records = ParseCsv(csv, errors);
        var rows = new List<SchoolRow>();
        if (errors.Count > 0)
        {
            return rows;
        }

        if (records.Count == 0)
        {
            errors.Add("文件为空：第 1 行应为表头 " + string.Join(',', Columns));
            return rows;
        }

        var header = records[0];
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i];
            if (!Columns.Contains(name, StringComparer.Ordinal))
            {
                errors.Add($"第 {header.Line} 行 表头：未知列“{name}”");
            }
            else if (!position.TryAdd(name, i))
            {
                errors.Add($"第 {header.Line} 行 表头：列“{name}”重复");
            }
        }

        foreach (var missing in Columns.Where(c => !position.ContainsKey(c)))
        {
            errors.Add($"第 {header.Line} 行 表头：缺少列“{missing}”");
        }

        if (errors.Count > 0)
        {
            return rows;
        }

        if (records.Count == 1)
        {
            errors.Add($"第 {header.Line} 行表头之后没有学校数据");
            return rows;
        }

        var firstLine = new Dictionary<(string, SchoolStage), int>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Fields.Count)
            {
                errors.Add($"第 {record.Line} 行：有 {record.Fields.Count} 列，表头有 {header.Fields.Count} 列");
                continue;
            }

            var before = errors.Count;
            string Field(string column) => record.Fields[position[column]];
            var id = Field("school_id");
            if (id.Length == 0)
            {
                errors.Add($"第 {record.Line} 行 school_id：不能为空");
            }
            else if (string.Equals(id, DistrictScope, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"第 {record.Line} 行 school_id：不能为“{id}”（结果文件用 {DistrictScope} 表示区县）");
            }

            if (!SchoolStages.TryParseCode(Field("stage"), out var stage))
            {
                errors.Add($"第 {record.Line} 行 stage：应为 primary（小学）或 junior（初中），实际为“{Field("stage")}”");
            }

            var enrolment = ReadCount(record.Line, "enrolment", Field("enrolment"), errors);
            var numbers = Columns.Skip(3).Select(column => ReadNumber(record.Line, column, Field(column), errors)).ToArray();
            if (errors.Count > before)
            {
                continue;
            }

            if (firstLine.TryGetValue((id, stage), out var earlier))
            {
                errors.Add($"第 {record.Line} 行 school_id：学校 {id} 的 {stage.Code()} 学段已在第 {earlier} 行出现");
                continue;
            }

            firstLine.Add((id, stage), record.Line);
            rows.Add(new SchoolRow(record.Line, new SchoolResources(id, stage, enrolment, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6])));
        }

        return rows;
    }

    private static int ReadCount(int line, string column, string raw, List<string> errors)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(raw.Length == 0 ? $"第 {line} 行 {column}：不能为空" : $"第 {line} 行 {column}：应为不小于 0 的整数，实际为“{raw}”");
        return 0;
    }

    private static decimal ReadNumber(int line, string column, string raw, List<string> errors)
    {
        if (decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= MaxQuantity)
        {
            return value;
        }

        if (value > MaxQuantity)
        {
            errors.Add($"第 {line} 行 {column}：数值过大（上限 {MaxQuantity:0}），实际为“{raw}”");
            return 0;
        }

        errors.Add(raw.Length == 0
            ? $"第 {line} 行 {column}：不能为空"
            : $"第 {line} 行 {column}：应为不小于 0 的数（小数点用“.”，不带千位分隔符），实际为“{raw}”");
        return 0;
    }

    private sealed record CsvRecord(int Line, List<string> Fields);

    /// <summary>RFC 4180 records: comma-separated, optional double quotes ("" inside quotes), LF or CRLF; blank lines skipped;
    /// unquoted fields trimmed. Each record carries the line it starts on.</summary>
    private static List<CsvRecord> ParseCsv(string text, List<string> errors)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoted = false;

        void EndField()
        {
            fields.Add(quoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            quoted = false;
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Length > 0)
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !quoted && string.IsNullOrWhiteSpace(field.ToString()):
                    field.Clear();
                    inQuotes = true;
                    quoted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            errors.Add($"第 {recordLine} 行：引号没有闭合");
            return records;
        }

        EndRecord();
        return records;
    }

    private static string WriteResult(BalancedDevelopmentResult result)
    {
        var csv = new StringBuilder("scope,stage,indicator,value,threshold,pass\n");
        void Row(string scope, SchoolStage stage, string indicator, decimal value, decimal threshold, bool pass) =>
            csv.Append(CultureInfo.InvariantCulture, $"{Escape(scope)},{stage.Code()},{indicator},{Fixed(value)},{Fixed(threshold)},{(pass ? "true" : "false")}\n");

        foreach (var school in result.Schools)
        {
            foreach (var outcome in school.Indicators)
            {
                Row(school.School.SchoolId, school.School.Stage, outcome.Indicator.Code(), outcome.Value, outcome.Threshold, outcome.Met);
            }

            Row(school.School.SchoolId, school.School.Stage, SchoolStandardRow, school.IndicatorsMet, result.Policy.SchoolRule.MinimumIndicatorsMet, school.MeetsStandard);
        }

        foreach (var district in result.District)
        {
            Row(DistrictScope, district.Stage, district.Indicator.Code(), (decimal)district.VariationCoefficient, district.Maximum, district.WithinMaximum);
        }

        return csv.ToString();
    }

    /// <summary>Exactly four decimals, half away from zero, invariant culture: 4.2 → 4.2000, 0.51525 → 0.5153.</summary>
    private static string Fixed(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void Summarize(BalancedDevelopmentResult result, FileInfo outFile, TextWriter output)
    {
        output.WriteLine($"政策：{result.Policy.Source}（{result.Policy.Level}）");
        foreach (var stage in SchoolStages.All)
        {
            var schools = result.Schools.Where(s => s.School.Stage == stage).ToList();
            if (schools.Count == 0)
            {
                continue;
            }

            var district = result.District.Where(d => d.Stage == stage).ToList();
            var maximum = district[0].Maximum.ToString("0.00", CultureInfo.InvariantCulture);
            var over = district.Where(d => !d.WithinMaximum)
                .Select(d => $"{d.Indicator.Code()} {Fixed((decimal)d.VariationCoefficient)}")
                .ToList();
            var balance = over.Count == 0 ? $"七项差异系数均不超过 {maximum}" : $"{over.Count} 项差异系数超过 {maximum}：{string.Join("，", over)}";
            output.WriteLine($"{stage.ChineseName()}：{schools.Count} 所学校，{schools.Count(s => s.MeetsStandard)} 所达标；{balance}。");
        }

        if (result.NotEvaluated.Count > 0)
        {
            output.WriteLine($"未评估（在校生数为 0）：{result.NotEvaluated.Count} 条。");
        }

        var lines = result.Schools.Count * (BalancedIndicators.All.Count + 1) + result.District.Count + 1;
        output.WriteLine($"结果已写入 {outFile.FullName}（{lines} 行）。");
    }

    private static BalancedDevelopmentPolicy? ReadPolicy(string json, string fileName, List<string> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            errors.Add($"第 {(e.LineNumber ?? 0) + 1} 行：不是有效的 JSON");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("最外层应为 JSON 对象 { … }");
                return null;
            }

            var national = BalancedDevelopmentPolicy.National2017;
            var policy = national with { Source = $"{fileName}（未列出的数值取自{national.Source}）" };
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "source" when ReadString(property, errors) is { } source:
                        policy = policy with { Source = source };
                        break;
                    case "level" when ReadString(property, errors) is { } level:
                        policy = policy with { Level = level };
                        break;
                    case "effective_from" when ReadDate(property, errors) is { } from:
                        policy = policy with { EffectiveFrom = from };
                        break;
                    case "effective_to" when ReadDate(property, errors) is { } to:
                        policy = policy with { EffectiveTo = to };
                        break;
                    case "school_rule":
                        policy = policy with { SchoolRule = ReadSchoolRule(property, policy.SchoolRule, errors) };
                        break;
                    case "primary":
                        policy = policy with { Primary = ReadStage(property, policy.Primary, errors) };
                        break;
                    case "junior":
                        policy = policy with { Junior = ReadStage(property, policy.Junior, errors) };
                        break;
                    case "source" or "level" or "effective_from" or "effective_to":
                        break;
                    default:
                        errors.Add($"未知字段“{property.Name}”（可用：source, level, effective_from, effective_to, school_rule, primary, junior）");
                        break;
                }
            }

            errors.AddRange(policy.Problems());
            return policy;
        }
    }

    private static SchoolStandardRule ReadSchoolRule(JsonProperty property, SchoolStandardRule rule, List<string> errors)
    {
        if (!IsObject(property, errors))
        {
            return rule;
        }

        foreach (var field in property.Value.EnumerateObject())
        {
            var path = $"school_rule.{field.Name}";
            switch (field.Name)
            {
                case "minimum_indicators_met" when field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetInt32(out var count):
                    rule = rule with { MinimumIndicatorsMet = count };
                    break;
                case "minimum_indicators_met":
                    errors.Add($"{path}：应为整数");
                    break;
                case "shortfall_floor" when ReadDecimal(field, path, errors) is { } floor:
                    rule = rule with { ShortfallFloor = floor };
                    break;
                case "shortfall_floor":
                    break;
                default:
                    errors.Add($"未知字段“{path}”（可用：minimum_indicators_met, shortfall_floor）");
                    break;
            }
        }

        return rule;
    }

    private static StageStandard ReadStage(JsonProperty property, StageStandard standard, List<string> errors)
    {
        if (!IsObject(property, errors))
        {
            return standard;
        }

        foreach (var field in property.Value.EnumerateObject())
        {
            var path = $"{property.Name}.{field.Name}";
            if (field.Name == "max_variation_coefficient")
            {
                if (ReadDecimal(field, path, errors) is { } maximum)
                {
                    standard = standard with { MaximumVariationCoefficient = maximum };
                }
            }
            else if (BalancedIndicators.TryParseCode(field.Name, out var indicator))
            {
                if (ReadDecimal(field, path, errors) is { } minimum)
                {
                    standard = standard with { Minimums = standard.Minimums.With(indicator, minimum) };
                }
            }
            else
            {
                errors.Add($"未知字段“{path}”（可用：max_variation_coefficient, {string.Join(", ", BalancedIndicators.All.Select(i => i.Code()))}）");
            }
        }

        return standard;
    }

    private static bool IsObject(JsonProperty property, List<string> errors)
    {
        if (property.Value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        errors.Add($"{property.Name}：应为 JSON 对象 {{ … }}");
        return false;
    }

    private static string? ReadString(JsonProperty property, List<string> errors)
    {
        if (property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString()))
        {
            return property.Value.GetString()!.Trim();
        }

        errors.Add($"{property.Name}：应为非空字符串");
        return null;
    }

    private static DateOnly? ReadDate(JsonProperty property, List<string> errors)
    {
        if (property.Value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(property.Value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add($"{property.Name}：应为 yyyy-MM-dd 格式的日期字符串");
        return null;
    }

    private static decimal? ReadDecimal(JsonProperty field, string path, List<string> errors)
    {
        if (field.Value.ValueKind == JsonValueKind.Number && field.Value.TryGetDecimal(out var value))
        {
            return value;
        }

        errors.Add($"{path}：应为数字");
        return null;
    }
}
