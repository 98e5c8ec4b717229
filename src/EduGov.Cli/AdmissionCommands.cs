using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using EduGov.Lottery;
using EduGov.Matching;

namespace EduGov.Cli;

/// <summary>
/// <c>edugov admission match</c>: the assignment from files (docs/admission-matching.md). No database: schools.csv
/// (<c>school_id,capacity</c>) and applications.csv (<c>student_id,rank,school_id,priority</c>) in, assignments.csv
/// (<c>student_id,school_id</c>) out. Exit codes: 0 done, 2 an input error (every problem listed in Chinese with its file and
/// line, no stack trace).
/// </summary>
public static class AdmissionCommands
{
    public static Command Create() => new("admission", "招生入学") { MatchCommand() };

    private static Command MatchCommand()
    {
        var schools = new Option<FileInfo>("--schools") { Description = "学校学位文件 CSV，列 school_id,capacity", Required = true };
        var applications = new Option<FileInfo>("--applications") { Description = "志愿文件 CSV，列 student_id,rank,school_id,priority（rank 0 为第一志愿，priority 1 最优先）", Required = true };
        var seed = new Option<string>("--seed") { Description = "摇号种子（edugov lottery seed 的输出，64 位小写十六进制）", Required = true };
        var tieBreak = new Option<string>("--tie-break") { Description = "随机序号：single 每生一个（默认），multiple 每生每校一个", DefaultValueFactory = _ => "single" };
        var mechanism = new Option<string>("--mechanism") { Description = "录取机制：da 延迟接受（默认），sequential 志愿优先（逐志愿录取）", DefaultValueFactory = _ => "da" };
        var output = new Option<FileInfo>("--out") { Description = "录取结果 CSV（student_id,school_id）的保存位置", Required = true };
        tieBreak.Validators.Add(r => OneOf(r, "single", "multiple"));
        mechanism.Validators.Add(r => OneOf(r, "da", "sequential"));
        var command = new Command("match", "按志愿、优先类别和摇号序号分配学位，写出每名学生的录取学校（未录取为空）")
        {
            schools, applications, seed, tieBreak, mechanism, output,
        };
        command.SetAction(result => AdmissionMatch.Run(
            new AdmissionMatch.Request(
                result.GetValue(schools)!.FullName,
                result.GetValue(applications)!.FullName,
                result.GetValue(seed)!,
                result.GetValue(tieBreak) == "multiple",
                result.GetValue(mechanism) == "sequential" ? Mechanism.ChoiceByChoice : Mechanism.DeferredAcceptance,
                result.GetValue(output)!.FullName),
            Console.Out,
            Console.Error));
        return command;
    }

    private static void OneOf(System.CommandLine.Parsing.OptionResult result, params string[] allowed)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            result.AddError($"{result.Option.Name} 只能是 {string.Join(" 或 ", allowed)}，不能是“{value}”。");
        }
    }
}

/// <summary>Reads and checks the two files, builds the instance, runs the mechanism, writes the assignments.</summary>
internal static class AdmissionMatch
{
    public const int InputError = 2;
    private const int MaxErrorsShown = 50;
    private const string SchoolsFile = "schools.csv";
    private const string ApplicationsFile = "applications.csv";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public sealed record Request(string Schools, string Applications, string Seed, bool MultipleTieBreak, Mechanism Mechanism, string Output);

    public static int Run(Request request, TextWriter output, TextWriter error)
    {
        var problems = new Problems();
        try
        {
            LotteryNumber.For(request.Seed, "seed-check");
        }
        catch (LotteryInputException e)
        {
            problems.Add("--seed", 0, e.Message);
        }

        var schools = ReadSchools(request.Schools, problems);
        var applications = schools is null ? null : ReadApplications(request.Applications, schools, problems);
        if (schools is null || applications is null || problems.Count > 0)
        {
            problems.Print(error);
            return InputError;
        }

        MatchingInstance instance;
        try
        {
            instance = Build(schools, applications, request);
        }
        catch (Exception e) when (e is LotteryInputException || e.InnerException is LotteryInputException)
        {
            error.WriteLine((e.InnerException ?? e).Message);
            return InputError;
        }

        var assignment = Matcher.Run(instance, request.Mechanism);
        if (!OutputFile.TryWrite(request.Output, Format(applications.StudentIds, schools.Ids, assignment), error))
        {
            return InputError;
        }

        var firstChoice = 0;
        for (var i = 0; i < assignment.StudentCount; i++)
        {
            firstChoice += assignment.ChoiceOf(i) == 0 ? 1 : 0;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{assignment.StudentCount:N0} 名学生，{schools.Ids.Length:N0} 所学校，{instance.ApplicationCount:N0} 条志愿（{(request.Mechanism == Mechanism.DeferredAcceptance ? "延迟接受" : "志愿优先")}，{(request.MultipleTieBreak ? "每校一个随机序号" : "每生一个随机序号")}）：" +
            $"录取 {assignment.PlacedCount:N0} 名（第一志愿 {firstChoice:N0} 名），未录取 {assignment.UnplacedCount:N0} 名。结果已写入 {request.Output}"));
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MatchingInstance Build(SchoolTable schools, ApplicationTable applications, Request request)
    {
        var builder = new MatchingInstanceBuilder(schools.Capacities);
        var choices = new List<Choice>();
        for (var student = 0; student < applications.StudentIds.Length; student++)
        {
            choices.Clear();
            for (var p = applications.Starts[student]; p < applications.Starts[student + 1]; p++)
            {
                choices.Add(new Choice(applications.Schools[p], applications.Priorities[p]));
            }

            builder.AddStudent(CollectionsMarshal.AsSpan(choices));
        }

        // Students are indexed in token (code-point) order, so the library's "equal numbers: lower index first" is the
        // lottery's "ties by token".
        var seed = request.Seed;
        var ids = applications.StudentIds;
        if (request.MultipleTieBreak)
        {
            // One SHA-256 per application: computed on every core, then handed to the library per (school, student).
            var schoolIds = schools.Ids;
            var starts = applications.Starts;
            var listed = applications.Schools;
            var perApplication = new LotteryNumber[listed.Length];
            InParallel(ids.Length, (from, to) =>
            {
                for (var student = from; student < to; student++)
                {
                    for (var p = starts[student]; p < starts[student + 1]; p++)
                    {
                        perApplication[p] = LotteryNumber.For(seed, schoolIds[listed[p]], ids[student]);
                    }
                }
            });
            return builder.Build(TieBreak.PerSchool((school, student) =>
                perApplication[starts[student] + listed.AsSpan(starts[student], starts[student + 1] - starts[student]).IndexOf(school)]));
        }

        var numbers = new LotteryNumber[ids.Length];
        InParallel(ids.Length, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                numbers[i] = LotteryNumber.For(seed, ids[i]);
            }
        });

        return builder.Build(TieBreak.Shared(numbers));
    }

    /// <summary>Runs <paramref name="work"/> over 0 … <paramref name="count"/>−1 in blocks of 4,096 on every core.</summary>
    private static void InParallel(int count, Action<int, int> work)
    {
        if (count > 0)
        {
            Parallel.ForEach(Partitioner.Create(0, count, 4096), range => work(range.Item1, range.Item2));
        }
    }

    /// <summary>The output file: header, then one line per student in id order; UTF-8 without BOM, "\n" line ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Format(string[] studentIds, string[] schoolIds, Assignment assignment)
    {
        var text = new StringBuilder(studentIds.Length * 20);
        text.Append("student_id,school_id\n");
        for (var i = 0; i < studentIds.Length; i++)
        {
            var school = assignment.SchoolOf(i);
            AppendField(text, studentIds[i]).Append(',');
            if (school != Assignment.Unplaced)
            {
                AppendField(text, schoolIds[school]);
            }

            text.Append('\n');
        }

        return StrictUtf8.GetBytes(text.ToString());
    }

    /// <summary>RFC 4180: quoted only where needed (as Python's csv module writes).</summary>
    private static StringBuilder AppendField(StringBuilder text, string value) =>
        value.AsSpan().ContainsAny(",\"\r\n")
            ? text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"')
            : text.Append(value);

    private sealed record SchoolTable(string[] Ids, int[] Capacities, Dictionary<string, int> Index);

    /// <summary>Students in code-point order of their ids; the choices of student i at <c>Starts[i] … Starts[i+1]−1</c>, by rank.</summary>
    private sealed record ApplicationTable(string[] StudentIds, int[] Starts, int[] Schools, int[] Priorities);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SchoolTable? ReadSchools(string path, Problems problems)
    {
        if (Open(path, SchoolsFile, problems) is not { } csv || csv.Header(problems, "school_id", "capacity") is not { } columns)
        {
            return null;
        }

        var ids = new List<string>();
        var capacities = new List<int>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<int>();
        while (csv.ReadRow(problems, columns.Length))
        {
            var id = csv.Id(columns[0], "school_id", problems);
            var capacity = csv.Integer(columns[1], "capacity", 0, "学位数应为非负整数", problems);
            if (id is null)
            {
                continue;
            }

            if (index.TryGetValue(id, out var earlier))
            {
                problems.Add(SchoolsFile, csv.Line, $"学校“{id}”重复（第 {lines[earlier]} 行已有）");
                continue;
            }

            // A school with a bad capacity is still known, so that applications.csv is not also told it is missing.
            index.Add(id, ids.Count);
            ids.Add(id);
            capacities.Add(capacity ?? 0);
            lines.Add(csv.Line);
        }

        return new SchoolTable([.. ids], [.. capacities], index);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ApplicationTable? ReadApplications(string path, SchoolTable schools, Problems problems)
    {
        if (Open(path, ApplicationsFile, problems) is not { } csv || csv.Header(problems, "student_id", "rank", "school_id", "priority") is not { } columns)
        {
            return null;
        }

        var studentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var studentLookup = studentIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var schoolLookup = schools.Index.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<string>();
        var rows = new RowList();
        while (csv.ReadRow(problems, columns.Length))
        {
            var studentSpan = csv.IdSpan(columns[0], "student_id", problems, out var studentOk);
            var rank = csv.Integer(columns[1], "rank", 0, "志愿序号应为非负整数（0 为第一志愿）", problems);
            var schoolSpan = csv.IdSpan(columns[2], "school_id", problems, out var schoolOk);
            var priority = csv.Integer(columns[3], "priority", 1, "优先类别应为正整数（1 为最优先）", problems);
            var school = -1;
            if (schoolOk && !schoolLookup.TryGetValue(schoolSpan, out school))
            {
                problems.Add(ApplicationsFile, csv.Line, $"学校“{schoolSpan}”不在 schools.csv 中");
                schoolOk = false;
            }

            if (!studentOk || !schoolOk || rank is null || priority is null)
            {
                continue;
            }

            if (!studentLookup.TryGetValue(studentSpan, out var student))
            {
                student = ids.Count;
                var id = studentSpan.ToString();
                ids.Add(id);
                studentIndex.Add(id, student);
            }

            rows.Add(student, rank.Value, school, priority.Value, csv.Line);
        }

        return problems.Count > 0 ? null : Group([.. ids], rows, schools, problems);
    }

    /// <summary>Orders students by id (code points) and each student's rows by rank; checks ranks 0, 1, 2 … and no school twice.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ApplicationTable? Group(string[] ids, RowList rows, SchoolTable schools, Problems problems)
    {
        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => CodePointOrder.Instance.Compare(ids[a], ids[b]));
        var newIndex = new int[ids.Length];
        for (var k = 0; k < order.Length; k++)
        {
            newIndex[order[k]] = k;
        }

        var starts = new int[ids.Length + 1];
        for (var r = 0; r < rows.Count; r++)
        {
            starts[newIndex[rows.Student[r]] + 1]++;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            starts[i + 1] += starts[i];
        }

        var fill = (int[])starts.Clone();
        var byStudent = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            byStudent[fill[newIndex[rows.Student[r]]]++] = r;
        }

        var schoolOf = new int[rows.Count];
        var priorities = new int[rows.Count];
        var ranks = new int[rows.Count];
        var seenAt = new int[schools.Ids.Length];
        var seenBy = new int[schools.Ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var length = starts[i + 1] - starts[i];
            for (var k = 0; k < length; k++)
            {
                ranks[starts[i] + k] = rows.Rank[byStudent[starts[i] + k]];
            }

            Array.Sort(ranks, byStudent, starts[i], length);
            var id = ids[order[i]];
            var expected = 0;
            for (var k = 0; k < length; k++)
            {
                var r = byStudent[starts[i] + k];
                var rank = rows.Rank[r];
                if (k > 0 && rank == expected - 1)
                {
                    problems.Add(ApplicationsFile, rows.Line[r], $"学生“{id}”的志愿序号 {rank} 重复（第 {rows.Line[byStudent[starts[i] + k - 1]]} 行已有）");
                }
                else if (rank != expected)
                {
                    problems.Add(ApplicationsFile, rows.Line[r], $"学生“{id}”的志愿序号应从 0 起连续，{rank} 之前缺少 {expected}");
                }

                expected = rank + 1;
                var school = rows.School[r];
                if (seenBy[school] == i + 1)
                {
                    problems.Add(ApplicationsFile, rows.Line[r], $"学生“{id}”重复填报学校“{schools.Ids[school]}”（第 {seenAt[school]} 行已有）");
                }

                seenBy[school] = i + 1;
                seenAt[school] = rows.Line[r];
                schoolOf[starts[i] + k] = school;
                priorities[starts[i] + k] = rows.Priority[r];
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var sortedIds = new string[ids.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            sortedIds[k] = ids[order[k]];
        }

        return new ApplicationTable(sortedIds, starts, schoolOf, priorities);
    }

    private static CsvText? Open(string path, string file, Problems problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(file, 0, e is FileNotFoundException or DirectoryNotFoundException ? $"找不到文件 {path}" : $"无法读取 {path}：{e.Message}");
            return null;
        }

        var bom = bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(bom + Math.Max(e.Index, 0), 0, bytes.Length);
            problems.Add(file, bytes.AsSpan(0, at).Count((byte)'\n') + 1, "含有不是 UTF-8 编码的字节（请以 UTF-8 保存）");
            return null;
        }

        return new CsvText(text, file);
    }

    /// <summary>The rows of applications.csv as parallel growing arrays (no object per row).</summary>
    private sealed class RowList
    {
        public int Count { get; private set; }

        public int[] Student { get; private set; } = new int[1024];

        public int[] Rank { get; private set; } = new int[1024];

        public int[] School { get; private set; } = new int[1024];

        public int[] Priority { get; private set; } = new int[1024];

        public int[] Line { get; private set; } = new int[1024];

        public void Add(int student, int rank, int school, int priority, int line)
        {
            if (Count == Student.Length)
            {
                var size = Count * 2;
                Student = Grow(Student, size);
                Rank = Grow(Rank, size);
                School = Grow(School, size);
                Priority = Grow(Priority, size);
                Line = Grow(Line, size);
            }

            Student[Count] = student;
            Rank[Count] = rank;
            School[Count] = school;
            Priority[Count] = priority;
            Line[Count] = line;
            Count++;
        }

        private static int[] Grow(int[] array, int size)
        {
            var grown = new int[size];
            array.CopyTo(grown, 0);
            return grown;
        }
    }

    /// <summary>Every input problem, by file and line; printed together, at most <see cref="MaxErrorsShown"/>.</summary>
    private sealed class Problems
    {
        private readonly List<string> messages = [];

        public int Count => messages.Count;

        public void Add(string file, int line, string message) =>
            messages.Add(line > 0 ? $"{file} 第 {line} 行：{message}" : $"{file}：{message}");

        public void Print(TextWriter error)
        {
            error.WriteLine($"输入文件有 {messages.Count} 处错误，未进行分配：");
            foreach (var message in messages.Take(MaxErrorsShown))
            {
                error.WriteLine($"  {message}");
            }

            if (messages.Count > MaxErrorsShown)
            {
                error.WriteLine($"  ……另有 {messages.Count - MaxErrorsShown} 处错误");
            }
        }
    }

    /// <summary>
    /// A CSV text read line by line: fields split at commas, RFC 4180 double quotes within one line (a quoted field may not
    /// span lines), "\r\n" or "\n" line ends, blank lines skipped. Unquoted fields are slices of the text, so reading a row
    /// allocates nothing.
    /// </summary>
    private sealed class CsvText(string text, string file)
    {
        private readonly List<(int Start, int Length, string? Unquoted)> fields = [];
        private int position;
        private int columnCount;

        public int Line { get; private set; }

        /// <summary>Reads the header and returns the position of each wanted column, or null (with the problems added).</summary>
        public int[]? Header(Problems problems, params string[] columns)
        {
            if (!ReadRow(problems, 0))
            {
                problems.Add(file, 0, $"文件为空：第 1 行应为表头 {string.Join(",", columns)}");
                return null;
            }

            var names = Enumerable.Range(0, fields.Count).Select(k => this[k].Trim().ToString()).ToList();
            var positions = new int[columns.Length];
            var ok = true;
            for (var c = 0; c < columns.Length; c++)
            {
                positions[c] = names.FindIndex(n => string.Equals(n, columns[c], StringComparison.OrdinalIgnoreCase));
                if (positions[c] < 0)
                {
                    problems.Add(file, Line, $"表头缺少列“{columns[c]}”（应有 {string.Join(",", columns)}，实际为 {string.Join(",", names)}）");
                    ok = false;
                }
                else if (names.FindLastIndex(n => string.Equals(n, columns[c], StringComparison.OrdinalIgnoreCase)) != positions[c])
                {
                    problems.Add(file, Line, $"表头中列“{columns[c]}”出现了不止一次");
                    ok = false;
                }
            }

            columnCount = fields.Count;
            return ok ? positions : null;
        }

        /// <summary>Moves to the next non-blank line; false at the end. A line with the wrong number of fields is reported and skipped.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool ReadRow(Problems problems, int wanted)
        {
            while (position < text.Length)
            {
                Line++;
                var end = text.IndexOf('\n', position);
                if (end < 0)
                {
                    end = text.Length;
                }

                var start = position;
                var stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
                position = end + 1;
                if (text.AsSpan(start, stop - start).IsWhiteSpace())
                {
                    continue;
                }

                if (!Split(start, stop))
                {
                    problems.Add(file, Line, "引号不配对（字段内的双引号应写成两个，字段不能跨行）");
                    continue;
                }

                if (wanted > 0 && fields.Count != columnCount)
                {
                    problems.Add(file, Line, $"应有 {columnCount} 列（与表头相同），实际 {fields.Count} 列");
                    continue;
                }

                return true;
            }

            return false;
        }

        private ReadOnlySpan<char> this[int column] =>
            fields[column].Unquoted is { } value ? value : text.AsSpan(fields[column].Start, fields[column].Length);

        /// <summary>An identifier: not empty, no surrounding blanks, no "|" (the lottery's separator).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ReadOnlySpan<char> IdSpan(int column, string name, Problems problems, out bool ok)
        {
            var value = this[column];
            var message = value.IsEmpty ? $"{name} 不能为空"
                : value.Trim().Length != value.Length ? $"{name}“{value}”首尾有空白"
                : value.Contains('|') ? $"{name}“{value}”含竖线“|”（摇号算法的分隔符），不能使用"
                : null;
            ok = message is null;
            if (message is not null)
            {
                problems.Add(file, Line, message);
            }

            return value;
        }

        public string? Id(int column, string name, Problems problems)
        {
            var value = IdSpan(column, name, problems, out var ok);
            return ok ? value.ToString() : null;
        }

        /// <summary>An integer ≥ <paramref name="minimum"/>; blanks around it are allowed.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int? Integer(int column, string name, int minimum, string rule, Problems problems)
        {
            var value = this[column].Trim();
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum)
            {
                return number;
            }

            problems.Add(file, Line, value.IsEmpty ? $"{name} 不能为空（{rule}）" : $"{name}“{value}”无效：{rule}");
            return null;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Split(int start, int stop)
        {
            fields.Clear();
            var i = start;
            while (true)
            {
                if (i < stop && text[i] == '"')
                {
                    var value = new StringBuilder();
                    i++;
                    while (true)
                    {
                        if (i >= stop)
                        {
                            return false;
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < stop && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        value.Append(text[i++]);
                    }

                    if (i < stop && text[i] != ',')
                    {
                        return false;
                    }

                    fields.Add((0, 0, value.ToString()));
                }
                else
                {
                    var comma = text.IndexOf(',', i, stop - i);
                    var end = comma < 0 ? stop : comma;
                    if (text.AsSpan(i, end - i).Contains('"'))
                    {
                        return false;
                    }

                    fields.Add((i, end - i, null));
                    i = end;
                }

                if (i >= stop)
                {
                    return true;
                }

                i++; // the comma
                if (i == stop)
                {
                    fields.Add((i, 0, null));
                    return true;
                }
            }
        }
    }
}
