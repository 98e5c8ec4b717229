using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Localization;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using EduGov.Standards;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>
/// Finds a pupil anywhere in the district by the exact ID number the family brings, so a receiving school can ask for a
/// 转入. Only masked facts come back, and the look-up is audited because the pupil is outside the asker's scope.
/// </summary>
public static class FindPupilForTransfer
{
    public sealed record Command(string IdNumber);

    public sealed record Result(Guid StudentId, string NameMasked, string IdNumberMasked, string School, int Grade, StudentStatus Status);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector, AuditLog audit, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.StudentsManage);
            var normalized = DocumentNumber(command.IdNumber);

            await using var db = await contexts.CreateDbContextAsync(ct);
            var lookup = protector.LookupKey(normalized);
            var pupil = await db.Students.Where(s => s.IdNumberLookup == lookup)
                .Select(s => new { s.Id, s.Name, s.IdNumberMasked, s.SchoolId, s.Grade, s.Status, School = db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First() })
                .FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException("区内没有该证件号码的学籍。区外转入的学生请先登记学籍。");
            if (await db.Students(user).AnyAsync(s => s.Id == pupil.Id, ct))
            {
                throw new ConflictException($"该学生已在您的管理范围内（{pupil.School}），无需办理转入。");
            }

            await audit.RecordAsync(AuditActions.Lookup, RegistryDbContext.Module, "Student", pupil.Id.ToString(), "转入前按证件号码查询学籍", user, ct);
            return new Result(pupil.Id, Masking.Name(pupil.Name), pupil.IdNumberMasked, pupil.School, pupil.Grade, pupil.Status);
        }

        /// <summary>A number shaped like a citizen ID must pass GB 11643; other documents (passports, permits) are taken as typed.</summary>
        private string DocumentNumber(string input)
        {
            var normalized = DigitNormalizer.Normalize(input);
            var looksLikeIdCard = normalized.Length is 15 or 18 && normalized[..^1].All(char.IsAsciiDigit);
            if (!looksLikeIdCard)
            {
                return normalized.Length >= 6 ? normalized : throw new InvalidInputException(nameof(Command.IdNumber), "请填写完整的证件号码");
            }

            var id = Standards.IdNumber.Parse(normalized, ChinaTime.Today(clock));
            return id.IsValid ? id.Value : throw new InvalidInputException(nameof(Command.IdNumber), id.Error);
        }
    }
}
