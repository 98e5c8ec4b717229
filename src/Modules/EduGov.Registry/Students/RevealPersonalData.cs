using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using EduGov.Registry.Data;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>Shows one personal field in clear, to a holder of the reveal permission, and records that it was seen.</summary>
public static class RevealPersonalData
{
    public enum Field
    {
        StudentIdNumber = 1,
        StudentNationalNumber = 2,
        StudentHomeAddress = 3,
        GuardianPhone = 4,
        StaffIdNumber = 5,
        StaffPhone = 6,
    }

    public sealed record Command(Field Field, Guid RecordId);

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, FieldProtector protector, AuditLog audit)
    {
        public async Task<string> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.PersonalDataReveal);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var (entityType, entityId, cipher) = await FindCipherAsync(db, user, command, ct);
            var clear = cipher.Length == 0 ? "" : protector.Decrypt(cipher);
            await audit.RecordAsync(AuditActions.Reveal, RegistryDbContext.Module, entityType, entityId.ToString(), $"查看{FieldName(command.Field)}", user, ct);
            return clear;
        }

        private static async Task<(string EntityType, Guid EntityId, string Cipher)> FindCipherAsync(RegistryDbContext db, CurrentUser user, Command command, CancellationToken ct)
        {
            switch (command.Field)
            {
                case Field.StudentIdNumber or Field.StudentNationalNumber or Field.StudentHomeAddress:
                    var student = await db.StudentInScopeAsync(user, command.RecordId, ct);
                    var cipher = command.Field switch
                    {
                        Field.StudentIdNumber => student.IdNumberCipher,
                        Field.StudentNationalNumber => student.NationalStudentNumberCipher,
                        _ => student.HomeAddressCipher,
                    };
                    return ("Student", student.Id, cipher);
                case Field.GuardianPhone:
                    var guardian = await db.Guardians.FirstOrDefaultAsync(g => g.Id == command.RecordId, ct) ?? throw new NotFoundException("监护人不存在。");
                    await db.StudentInScopeAsync(user, guardian.StudentId, ct);
                    return ("Guardian", guardian.Id, guardian.PhoneCipher);
                case Field.StaffIdNumber or Field.StaffPhone:
                    var staff = await db.StaffInScopeAsync(user, command.RecordId, ct);
                    return ("Staff", staff.Id, command.Field == Field.StaffIdNumber ? staff.IdNumberCipher : staff.PhoneCipher);
                default:
                    throw new InvalidInputException(nameof(Command.Field), "不支持的字段");
            }
        }

        private static string FieldName(Field field) => field switch
        {
            Field.StudentIdNumber => "学生证件号码",
            Field.StudentNationalNumber => "全国学籍号",
            Field.StudentHomeAddress => "家庭住址",
            Field.GuardianPhone => "监护人电话",
            Field.StaffIdNumber => "教职工证件号码",
            _ => "教职工电话",
        };
    }
}
