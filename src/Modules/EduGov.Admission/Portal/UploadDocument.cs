using EduGov.Admission.Applications;
using EduGov.Admission.Data;
using EduGov.Admission.Domain;
using EduGov.Admission.Scope;
using EduGov.Platform.Errors;
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
            var contentType = Check(command);
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
                FileName = FileName(command.FileName, contentType),
                ContentType = contentType,
                Content = command.Content,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            return document.Id;
        }

        private static string Check(Command command)
        {
            if (!Enum.IsDefined(command.Kind))
            {
                throw new InvalidInputException(nameof(Command.Kind), "请选择材料类型");
            }

            if (command.Content.Length == 0)
            {
                throw new InvalidInputException(nameof(Command.Content), "请选择要上传的文件");
            }

            if (command.Content.Length > ApplicationDocuments.MaxBytes)
            {
                throw new InvalidInputException(nameof(Command.Content), "文件不能超过 10 MB，请压缩或分页拍照后上传");
            }

            return ApplicationDocuments.ContentTypeOf(command.Content)
                ?? throw new InvalidInputException(nameof(Command.Content), "只能上传 JPG、PNG 图片或 PDF 文件");
        }

        /// <summary>The file's own name without any folder, shortened to fit, with the extension its content deserves.</summary>
        private static string FileName(string original, string contentType)
        {
            var name = Path.GetFileNameWithoutExtension(original.Replace('\\', '/').Split('/')[^1]).Trim();
            var extension = contentType switch
            {
                "image/jpeg" => ".jpg",
                "image/png" => ".png",
                _ => ".pdf",
            };
            return (name.Length == 0 ? "材料" : name[..Math.Min(name.Length, 150)]) + extension;
        }
    }
}
