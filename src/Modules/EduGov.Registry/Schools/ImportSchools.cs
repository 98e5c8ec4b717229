using EduGov.Platform.Importing;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Importing;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>学校批量导入 (bureau only): each row a new school with its main campus, checked like the school form; zones and groups by name.</summary>
public static class ImportSchools
{
    public static readonly ImportDefinition Definition = new("schools", "学校", RegistryPermissions.SchoolsManage,
    [
        new("学校标识码", true, "10 位学校标识码（教育部统一编码），不能与已登记学校重复"),
        new("学校名称", true, "不超过 100 个字"),
        new("学校类型", true, string.Join(" / ", Enum.GetValues<SchoolType>().Select(StageNames.Of))),
        new("办学性质", true, string.Join(" / ", Enum.GetValues<Ownership>().Select(StageNames.Of))),
        new("行政区划代码", true, "6 位行政区划代码，如 310115"),
        new("学区", false, "须是已建立的学区名称；留空表示不属于学区"),
        new("教育集团", false, "须是已建立的教育集团名称；留空表示不属于集团"),
        new("校长", false, "不超过 50 个字"),
        new("联系电话", false, "11 位手机号或带区号的固定电话"),
        new("建校日期", true, "如 1998-09-01"),
        new("主校区地址", true, "不超过 200 个字"),
    ]) { BureauOnly = true };

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["Code"] = "学校标识码", ["Name"] = "学校名称", ["RegionCode"] = "行政区划代码", ["Principal"] = "校长", ["Phone"] = "联系电话", ["MainCampusAddress"] = "主校区地址",
    };

    private sealed record Accepted(int RowNumber, SaveSchool.Command Command);

    internal sealed class Kind(IDbContextFactory<RegistryDbContext> contexts, SaveSchool.Validator validator) : IImportKind
    {
        public ImportDefinition Definition => ImportSchools.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var zones = await db.Zones.ToDictionaryAsync(z => z.Name, z => z.Id, StringComparer.Ordinal, ct);
            var groups = await db.Groups.ToDictionaryAsync(g => g.Name, g => g.Id, StringComparer.Ordinal, ct);
            var registered = await db.Schools.ToDictionaryAsync(s => s.Code, s => s.Name, StringComparer.Ordinal, ct);
            var (errors, passed) = await ImportChecks.CheckEachAsync(rows, progress, async check =>
            {
                var command = new SaveSchool.Command
                {
                    Code = DigitNormalizer.Normalize(check["学校标识码"]), Name = check["学校名称"],
                    Type = check.Choice<SchoolType>("学校类型", StageNames.Of) ?? SchoolType.Primary,
                    Ownership = check.Choice<Ownership>("办学性质", StageNames.Of) ?? Ownership.Public,
                    RegionCode = check["行政区划代码"], ZoneId = Reference(check, "学区", zones), GroupId = Reference(check, "教育集团", groups),
                    Principal = check["校长"], Phone = check["联系电话"], FoundedOn = check.Date("建校日期") ?? default, MainCampusAddress = check["主校区地址"],
                };
                check.AddValidation(await validator.ValidateAsync(command, ct), ColumnOf);
                if (registered.TryGetValue(command.Code, out var holder))
                {
                    check.Fail("学校标识码", $"该学校标识码已登记为“{holder}”");
                }

                return command;
            }, ct);
            var accepted = passed.Select(r => new Accepted(r.RowNumber, r.Value)).ToList();

            errors.AddRange(ImportChecks.DuplicatesInFile(rows, r => r.RowNumber, r => DigitNormalizer.Normalize(r["学校标识码"]), "学校标识码", "学校标识码"));
            if (errors.Count == 0 && !dryRun)
            {
                await ImportWriter.WriteAsync(db, accepted, Add, "SchoolImport", $"导入学校 {accepted.Count} 所：{fileName}", progress, ct);
            }

            return errors;
        }

        private static Guid? Reference(RowCheck check, string column, Dictionary<string, Guid> byName)
        {
            var name = check[column];
            if (name.Length == 0)
            {
                return null;
            }

            if (byName.TryGetValue(name, out var id))
            {
                return id;
            }

            check.Fail(column, $"没有名为“{name}”的{column}");
            return null;
        }

        private static void Add(RegistryDbContext db, Accepted row)
        {
            var c = row.Command;
            var school = new School
            {
                Code = c.Code, Name = c.Name.Trim(), Type = c.Type, Ownership = c.Ownership, RegionCode = c.RegionCode.Trim(), ZoneId = c.ZoneId, GroupId = c.GroupId,
                Principal = c.Principal.Trim(), Phone = c.Phone.Trim(), FoundedOn = c.FoundedOn,
            };
            db.Schools.Add(school);
            db.Campuses.Add(new Campus { SchoolId = school.Id, Name = "主校区", Address = c.MainCampusAddress.Trim(), IsMain = true });
        }
    }
}
