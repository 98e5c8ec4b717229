using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Audit;
using EduGov.Platform.Errors;
using EduGov.Platform.Privacy;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Verification;

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
            var application = await db.Applications.AsNoTracking().Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct)
                ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
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
            await audit.RecordAsync(AuditActions.Reveal, AdmissionDbContext.Module, nameof(Application), application.Id.ToString(), $"查看报名 {application.Number} 的{NameOf(command.Field)}", user, ct);
            return clear;
        }

        private static string NameOf(Field field) => field switch
        {
            Field.IdNumber => "儿童证件号码",
            Field.GuardianPhone => "监护人电话",
            Field.HukouAddress => "户籍地址",
            Field.PropertyAddress => "产权地址",
            _ => "居住地址",
        };
    }
}

/// <summary>An uploaded proof of an application, for the verifying officer; every download is audited.</summary>
public static class GetApplicationDocument
{
    public sealed record Download(string FileName, string ContentType, byte[] Content);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, AuditLog audit)
    {
        public async Task<Download> HandleAsync(Guid applicationId, Guid documentId, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(AdmissionPermissions.Verify);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await db.Applications.AsNoTracking().Include(a => a.Choices).FirstOrDefaultAsync(a => a.Id == applicationId, ct)
                ?? throw new NotFoundException("报名不存在。");
            await scope.DemandApplicationAsync(user, application, ct);
            var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, ct)
                ?? throw new NotFoundException("材料不存在。");
            await audit.RecordAsync(AuditActions.Reveal, AdmissionDbContext.Module, nameof(ApplicationDocument), document.Id.ToString(), $"查看报名 {application.Number} 的证明材料“{document.FileName}”", user, ct);
            return new Download(document.FileName, document.ContentType.Length > 0 ? document.ContentType : "application/octet-stream", document.Content);
        }
    }
}
