using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Importing;

/// <summary>The schools an import may refer to, by 学校标识码: those in the importer's scope, telling apart codes that exist but are out of scope.</summary>
internal sealed class SchoolsByCode
{
    public const string Column = "学校标识码";

    private readonly Dictionary<string, School> _inScope;
    private readonly HashSet<string> _all;

    private SchoolsByCode(Dictionary<string, School> inScope, HashSet<string> all)
    {
        _inScope = inScope;
        _all = all;
    }

    public static async Task<SchoolsByCode> LoadAsync(RegistryDbContext db, CurrentUser user, CancellationToken ct)
    {
        var inScope = await db.Schools(user).AsNoTracking().ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct);
        var all = (await db.Schools.Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new SchoolsByCode(inScope, all);
    }

    public School? Resolve(RowCheck check)
    {
        var code = DigitNormalizer.Normalize(check[Column]);
        if (_inScope.TryGetValue(code, out var school))
        {
            return school;
        }

        check.Fail(Column, code.Length == 0 ? "必填" : _all.Contains(code) ? "该学校不在您的管理范围内" : "学校标识码不存在");
        return null;
    }
}
