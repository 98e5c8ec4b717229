using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
using EduGov.Platform.Files;
using EduGov.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Admission.Portal;

/// <summary>上传材料: a family attaches a proof (户口簿, 房产证 …) as a JPEG, PNG or PDF of at most 10 MB while its application waits for verification.</summary>
public static class UploadDocument
{
    public sealed record Command(Guid ApplicationId, DocumentKind Kind, string FileName, byte[] Content);

    internal sealed class Handler(IDbContextFactory<AdmissionDbContext> contexts, CurrentUserAccessor users, AdmissionScope scope, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            var file = Check(command);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var application = await ApplicationAccess.FindAsync(db, scope, user, command.ApplicationId, ct);
            ApplicationAccess.DemandEditor(user, application);
            if (application.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Returned))
            {
                throw new ConflictException($"报名{AdmissionNames.Of(application.Status)}，不能再上传材料。");
            }

            var document = new ApplicationDocument
            {
                ApplicationId = application.Id,
                Kind = command.Kind,
                FileName = file.FileName,
                ContentType = file.ContentType,
                Content = file.Content,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            return document.Id;
        }

        private static VerifiedFile Check(Command command)
        {
            if (!Enum.IsDefined(command.Kind))
            {
                throw new InvalidInputException(nameof(Command.Kind), "请选择材料类型");
            }

            return FileCheck.Verify(new UploadedFile(command.FileName, command.Content), ApplicationDocuments.Policy, nameof(Command.Content));
        }
    }
}
