using EduGov.Platform.Importing;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Importing;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>监护人批量导入: further guardians of pupils already registered in scope, found by the pupil's ID number; at most four per pupil, no phone twice.</summary>
public static class ImportGuardians
{
    public const int MaxGuardiansPerStudent = 4;

    public static readonly ImportDefinition Definition = new("guardians", "监护人", RegistryPermissions.StudentsManage,
    [
        new("学生证件号码", true, "已登记学生的证件号码，须是您管理范围内的学生。请把该列设为文本格式"),
        new("监护人姓名", true, "不超过 50 个字"),
        new("监护人关系", true, "如 父亲、母亲、祖父"),
        new("监护人电话", true, "11 位手机号或带区号的固定电话，加密保存"),
    ]);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["Name"] = "监护人姓名", ["Relation"] = "监护人关系", ["Phone"] = "监护人电话",
    };

    private sealed record Accepted(int RowNumber, Guid StudentId, RegisterStudent.GuardianInput Guardian, string PhoneLookup);

    internal sealed class Kind(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector) : IImportKind
    {
        private readonly RegisterStudent.GuardianValidator _validator = new();

        public ImportDefinition Definition => ImportGuardians.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var pupils = await PupilsAsync(db, rows, ct);
            var (errors, passed) = await ImportChecks.CheckEachAsync(rows, progress, async check =>
            {
                var guardian = new RegisterStudent.GuardianInput(check["监护人姓名"], check["监护人关系"], check["监护人电话"]);
                check.AddValidation(await _validator.ValidateAsync(guardian, ct), ColumnOf);
                var pupil = pupils.GetValueOrDefault(protector.LookupKey(DigitNormalizer.Normalize(check["学生证件号码"])));
                if (pupil is null)
                {
                    check.Fail("学生证件号码", check["学生证件号码"].Length == 0 ? "必填" : "未找到该证件号码的学生，或该学生不在您的管理范围内");
                }

                var phoneLookup = protector.LookupKey(DigitNormalizer.Normalize(guardian.Phone));
                if (pupil is not null && pupil.PhoneLookups.Contains(phoneLookup))
                {
                    check.Fail("监护人电话", "该学生已登记过这个监护人电话");
                }

                return (StudentId: pupil?.Id ?? Guid.Empty, Guardian: guardian, PhoneLookup: phoneLookup);
            }, ct);
            var accepted = passed.Select(r => new Accepted(r.RowNumber, r.Value.StudentId, r.Value.Guardian, r.Value.PhoneLookup)).ToList();

            errors.AddRange(ImportChecks.DuplicatesInFile(accepted, a => a.RowNumber, a => $"{a.StudentId}|{a.PhoneLookup}", "监护人电话", "学生和监护人电话"));
            errors.AddRange(TooMany(accepted, pupils.Values.ToDictionary(p => p.Id, p => p.PhoneLookups.Count)));
            if (errors.Count == 0 && !dryRun)
            {
                await ImportWriter.WriteAsync(db, accepted, (context, a) => context.Guardians.Add(StudentRecords.NewGuardian(protector, a.StudentId, a.Guardian)),
                    "GuardianImport", $"导入监护人 {accepted.Count} 条：{fileName}", progress, ct);
            }

            return errors;
        }

        private async Task<Dictionary<string, Pupil>> PupilsAsync(RegistryDbContext db, IReadOnlyList<ImportRow> rows, CancellationToken ct)
        {
            var lookups = rows.Select(r => protector.LookupKey(DigitNormalizer.Normalize(r["学生证件号码"]))).Distinct().ToList();
            var pupils = new Dictionary<string, Pupil>(StringComparer.Ordinal);
            foreach (var chunk in lookups.Chunk(500))
            {
                var found = await db.Students(users.User).Where(s => chunk.Contains(s.IdNumberLookup))
                    .Select(s => new { s.Id, s.IdNumberLookup, Phones = db.Guardians.Where(g => g.StudentId == s.Id).Select(g => g.PhoneLookup).ToList() })
                    .ToListAsync(ct);
                foreach (var pupil in found)
                {
                    pupils[pupil.IdNumberLookup] = new Pupil(pupil.Id, pupil.Phones.ToHashSet(StringComparer.Ordinal));
                }
            }

            return pupils;
        }

        private static IEnumerable<ImportError> TooMany(List<Accepted> accepted, Dictionary<Guid, int> registered) =>
            accepted.GroupBy(a => a.StudentId)
                .Where(g => registered[g.Key] + g.Count() > MaxGuardiansPerStudent)
                .SelectMany(g => g.Skip(Math.Max(0, MaxGuardiansPerStudent - registered[g.Key]))
                    .Select(a => new ImportError(a.RowNumber, "学生证件号码", $"每名学生最多登记 {MaxGuardiansPerStudent} 位监护人：已有 {registered[g.Key]} 位，本文件又为其导入 {g.Count()} 位")));
    }

    private sealed record Pupil(Guid Id, HashSet<string> PhoneLookups);
}
