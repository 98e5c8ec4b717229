using EduGov.Platform.Errors;
using EduGov.Platform.Security;
using EduGov.Registry.Contracts;
using EduGov.Registry.Data;
using EduGov.Registry.Domain;
using EduGov.Registry.Scope;
using Microsoft.EntityFrameworkCore;

namespace EduGov.Registry.Students;

/// <summary>Approves or rejects a 学籍异动. Approval applies it to the pupil; the request stays as the dated event.</summary>
public static class DecideRecordChange
{
    public sealed record Command(Guid ChangeId, bool Approve, string Note = "");

    internal sealed class Handler(IDbContextFactory<RegistryDbContext> contexts, CurrentUserAccessor users, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, CancellationToken ct = default)
        {
            var user = users.User;
            user.Demand(RegistryPermissions.RecordChangesApprove);
            if (!command.Approve && string.IsNullOrWhiteSpace(command.Note))
            {
                throw new InvalidInputException(nameof(Command.Note), "驳回时请填写理由");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var change = await db.RecordChanges.FirstOrDefaultAsync(c => c.Id == command.ChangeId, ct) ?? throw new NotFoundException("学籍异动申请不存在。");
            var inScope = await db.Schools(user).AnyAsync(s => s.Id == change.FromSchoolId || s.Id == change.ToSchoolId, ct);
            if (!inScope)
            {
                throw new ForbiddenException("该异动申请不在您的管理范围内。");
            }

            if (change.Status != ApprovalStatus.Pending)
            {
                throw new ConflictException($"该申请已{StageNames.Of(change.Status)}，不能重复审批。");
            }

            change.Status = command.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
            change.DecidedBy = user.Id;
            change.DecidedByName = user.Name;
            change.DecidedAt = clock.GetUtcNow().UtcDateTime;
            change.DecisionNote = command.Note.Trim();
            if (command.Approve)
            {
                var student = await db.Students.FirstAsync(s => s.Id == change.StudentId, ct);
                Apply(change, student);
            }

            await db.SaveChangesAsync(ct);
        }

        private static void Apply(RecordChange change, Student student)
        {
            switch (change.Kind)
            {
                case RecordChangeKind.TransferIn:
                case RecordChangeKind.TransferOut when change.ToSchoolId is not null:
                    student.SchoolId = change.ToSchoolId!.Value;
                    student.ClassId = change.ToClassId;
                    student.Status = StudentStatus.Enrolled;
                    break;
                case RecordChangeKind.TransferOut:
                    student.Status = StudentStatus.TransferredOut;
                    student.ClassId = null;
                    break;
                case RecordChangeKind.Suspension:
                    student.Status = StudentStatus.Suspended;
                    break;
                case RecordChangeKind.Resumption:
                    student.Status = StudentStatus.Enrolled;
                    break;
                case RecordChangeKind.Graduation:
                    student.Status = StudentStatus.Graduated;
                    student.ClassId = null;
                    break;
                default:
                    throw new InvalidOperationException($"未知的异动类型 {change.Kind}");
            }
        }
    }
}
