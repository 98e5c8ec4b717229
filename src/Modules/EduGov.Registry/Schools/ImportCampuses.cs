using EduGov.Platform.Importing;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Importing;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Schools;

/// <summary>校区批量导入: further sites of schools in scope, checked like the campus form; names unique per school.</summary>
public static class ImportCampuses
{
    public static readonly ImportDefinition Definition = new("campuses", "校区", RegistryPermissions.SchoolsManage,
    [
        new(SchoolsByCode.Column, true, "10 位学校标识码，须是您管理范围内的学校"),
        new("校区名称", true, "如 东校区；同一学校内不能重复"),
        new("地址", true, "不超过 200 个字"),
        new("纬度", false, "WGS-84，如 31.2304；与经度同时填写或同时留空"),
        new("经度", false, "WGS-84，如 121.4737"),
    ]);

    private static readonly Dictionary<string, string> ColumnOf = new(StringComparer.Ordinal)
    {
        ["Name"] = "校区名称", ["Address"] = "地址", ["Latitude"] = "纬度", ["Longitude"] = "经度",
    };

    internal sealed class Kind(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, AddCampus.Validator validator) : IImportKind
    {
        public ImportDefinition Definition => ImportCampuses.Definition;

        public async Task<IReadOnlyList<ImportError>> RunAsync(IReadOnlyList<ImportRow> rows, string fileName, bool dryRun, IProgress<ImportProgress> progress, CancellationToken ct)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var schools = await SchoolsByCode.LoadAsync(db, users.User, ct);
            var existing = (await db.Campuses.Select(c => new { c.SchoolId, c.Name }).ToListAsync(ct)).Select(c => (c.SchoolId, c.Name)).ToHashSet();
            var (errors, accepted) = await ImportChecks.CheckEachAsync(rows, progress, async check =>
            {
                var school = schools.Resolve(check);
                var command = new AddCampus.Command(school?.Id ?? Guid.Empty, check["校区名称"].Trim(), check["地址"], check.Decimal("纬度"), check.Decimal("经度"));
                check.AddValidation(await validator.ValidateAsync(command, ct), ColumnOf);
                if (school is not null && existing.Contains((school.Id, command.Name)))
                {
                    check.Fail("校区名称", $"{school.Name}已有名为“{command.Name}”的校区");
                }

                return command;
            }, ct);

            errors.AddRange(ImportChecks.DuplicatesInFile(accepted, a => a.RowNumber, a => $"{a.Value.SchoolId}|{a.Value.Name}", "校区名称", "学校和校区名称"));
            if (errors.Count == 0 && !dryRun)
            {
                await ImportWriter.WriteAsync(db, accepted, (context, a) => context.Campuses.Add(new Campus
                {
                    SchoolId = a.Value.SchoolId, Name = a.Value.Name, Address = a.Value.Address.Trim(), Latitude = a.Value.Latitude, Longitude = a.Value.Longitude,
                }), "CampusImport", $"导入校区 {accepted.Count} 个：{fileName}", progress, ct);
            }

            return errors;
        }
    }
}
