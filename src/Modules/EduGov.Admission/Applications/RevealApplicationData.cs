using EduGov.Admission.Data;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Applications;

/// <summary>Shows one personal field of an application in clear to a holder of the reveal permission, and records that it was seen.</summary>
public static class RevealApplicationData
{
    public enum Field
    {
        IdNumber = 1,
        GuardianPhone = 2,
        HukouAddress = 3,
        PropertyAddress = 4,
        LivingAddress = 5,
    }

    public sealed record Command(Guid ApplicationId, Field Field);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, FieldProtector protector, AuditLog audit)
    {
        public async Task<string> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Reveal);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await ApplicationAccess.FindAsync(db, scope, user, command.ApplicationId, ct);
            var cipher = command.Field switch
            {
                Field.IdNumber => application.IdNumberCipher,
                Field.GuardianPhone => application.GuardianPhoneCipher,
                Field.HukouAddress => application.HukouAddressCipher,
                Field.PropertyAddress => application.PropertyAddressCipher,
                Field.LivingAddress => application.LivingAddressCipher,
                _ => throw new InvalidInputException(nameof(Command.Field), "不支持的字段"),
            };
            var clear = cipher.Length == 0 ? "" : protector.Decrypt(cipher);
            await audit.RecordAsync(AuditActions.Reveal, AdmissionDbContext.Module, nameof(Domain.Application), application.Id.ToString(), $"查看报名 {application.Number} 的{FieldName(command.Field)}", user, ct);
            return clear;
        }

        private static string FieldName(Field field) => field switch
        {
            Field.IdNumber => "儿童身份证号",
            Field.GuardianPhone => "监护人电话",
            Field.HukouAddress => "户籍地址",
            Field.PropertyAddress => "产权地址",
            _ => "实际居住地址",
        };
    }
}
